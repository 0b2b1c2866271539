/// Writes a deterministic, labelled corpus of realistic mixed documents (logs, CSV, JSON, NDJSON, prose tickets,
/// config files) with valid PII planted in about `piiLineRatio` of the lines and hard negatives in about half as
/// many, recording every planted value's exact byte span and type. The same seed gives the same bytes and labels.
public struct CorpusGenerator: Sendable {
    public let seed: UInt64

    /// Every prose language the generator can write.
    public static let allLocales = ["en", "de", "fr", "es", "it", "nl", "pt"]

    /// Every PII type id the generator plants.
    public static let plantedTypes = CorpusPIIType.allCases.map(\.rawValue)

    /// Every hard-negative kind the generator plants.
    public static let negativeKinds = CorpusNegativeKind.allCases.map(\.rawValue)

    public init(seed: UInt64) {
        self.seed = seed
    }

    /// Writes about `targetBytes` of files under `directory` (created if needed); `locales` picks the prose
    /// languages.
    public func generate(
        into directory: String, targetBytes: Int, piiLineRatio: Double = 0.02,
        locales: [String] = CorpusGenerator.allLocales
    ) throws -> GeneratedCorpus {
        let languages = locales.filter { CorpusWords.proseFiller[$0] != nil }
        var documents = CorpusDocumentWriter(random: CorpusRandom(seed: seed), piiLineRatio: piiLineRatio)
        let fileBase = min(max(targetBytes / 24, 4096), 8 << 20)
        var files: [String] = []
        var planted: [PlantedValue] = []
        var negatives: [PlantedValue] = []
        var total = 0
        while total < targetBytes {
            let kind = Self.pickKind(&documents.random)
            let language = languages.isEmpty ? "en" : documents.random.pick(languages)
            let size = min(fileBase / 2 + documents.random.below(fileBase), targetBytes - total)
            let path = kind.path(index: files.count + 1, language: language)
            var file = try CorpusFileWriter(root: directory, path: path)
            try documents.write(kind, to: &file, size: size, language: language)
            total += try file.close()
            files.append(path)
            planted += file.planted
            negatives += file.negatives
        }
        return GeneratedCorpus(root: directory, files: files, planted: planted, negatives: negatives, totalBytes: total)
    }

    private static func pickKind(_ random: inout CorpusRandom) -> CorpusDocumentKind {
        var draw = random.below(100)
        for kind in CorpusDocumentKind.allCases {
            if draw < kind.weight { return kind }
            draw -= kind.weight
        }
        return .log
    }
}
