/// The kinds of document a corpus mixes, with the share of bytes each gets and its folder and extension.
package enum CorpusDocumentKind: CaseIterable, Sendable {
    case log, csv, json, ndjson, prose, config

    /// Out of 100; the mix is digit-heavy like real log and export folders.
    var weight: Int {
        switch self {
        case .log: 30
        case .csv: 20
        case .json: 10
        case .ndjson: 15
        case .prose: 15
        case .config: 10
        }
    }

    func path(index: Int, language: String) -> String {
        let number = CorpusValues.padded(index, 4)
        switch self {
        case .log: return "logs/app-\(number).log"
        case .csv: return "exports/customers-\(number).csv"
        case .json: return "api/orders-\(number).json"
        case .ndjson: return "events/events-\(number).ndjson"
        case .prose: return "support/tickets-\(number)-\(language).md"
        case .config: return "config/service-\(number).yaml"
        }
    }
}

/// Writes the lines of every document kind. Each line is filler, a planted PII value or a planted hard negative;
/// what it is comes from one draw of the seeded generator, so the corpus is byte-deterministic.
struct CorpusDocumentWriter {
    var random: CorpusRandom
    let piiLineRatio: Double
    let negativeLineRatio: Double
    private var clock = 0
    private var rowNumber = 0

    init(random: CorpusRandom, piiLineRatio: Double) {
        self.random = random
        self.piiLineRatio = piiLineRatio
        self.negativeLineRatio = piiLineRatio / 2
    }

    /// What the next line carries.
    enum LineContent {
        case filler
        case pii(CorpusPIIType)
        case negative(CorpusNegativeKind)
    }

    mutating func nextContent(ratioScale: Double = 1) -> LineContent {
        let draw = Double(random.next() >> 11) * 0x1p-53
        if draw < piiLineRatio * ratioScale { return .pii(random.pick(CorpusPIIType.allCases)) }
        if draw < (piiLineRatio + negativeLineRatio) * ratioScale {
            return .negative(random.pick(CorpusNegativeKind.allCases))
        }
        return .filler
    }

    mutating func write(_ kind: CorpusDocumentKind, to file: inout CorpusFileWriter, size: Int, language: String) throws
    {
        clock = random.int(0...80_000)
        switch kind {
        case .log: try writeLog(to: &file, size: size)
        case .csv: try writeCSV(to: &file, size: size)
        case .json: try writeJSON(to: &file, size: size)
        case .ndjson: try writeNDJSON(to: &file, size: size)
        case .prose: try writeProse(to: &file, size: size, language: language)
        case .config: try writeConfig(to: &file, size: size)
        }
    }

    // MARK: shared pieces

    /// `2024-01-15T10:22:33.123Z`, advancing a per-file clock so timestamps increase down a file.
    mutating func appendTimestamp(_ file: inout CorpusFileWriter, separator: UInt8 = UInt8(ascii: "T")) {
        clock += random.below(4)
        let day = 1 + (clock / 86_400) % 28
        let seconds = clock % 86_400
        file.append("2024-01-")
        file.append(decimal: day, width: 2)
        file.append(byte: separator)
        file.append(decimal: seconds / 3600, width: 2)
        file.append(byte: UInt8(ascii: ":"))
        file.append(decimal: seconds / 60 % 60, width: 2)
        file.append(byte: UInt8(ascii: ":"))
        file.append(decimal: seconds % 60, width: 2)
        if separator == UInt8(ascii: "T") {
            file.append(byte: UInt8(ascii: "."))
            file.append(decimal: random.below(1000), width: 3)
            file.append(byte: UInt8(ascii: "Z"))
        }
    }

    /// A money amount such as `129.90`.
    mutating func appendAmount(_ file: inout CorpusFileWriter) {
        file.append(decimal: random.int(1...2400))
        file.append(byte: UInt8(ascii: "."))
        file.append(decimal: random.below(100), width: 2)
    }

    mutating func nextRow() -> Int {
        rowNumber += 1
        return rowNumber
    }

    /// A value for a PII line in a structured file (language only affects birth-date style).
    mutating func value(for type: CorpusPIIType) -> String {
        type.value(&random, language: "en")
    }
}
