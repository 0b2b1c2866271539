extension CorpusGenerator {
    /// Every data shape the shape corpus writes (`CorpusShape`).
    public static let shapes = CorpusShape.allCases.map(\.rawValue)

    /// Writes about `targetBytes` of files under `directory` in the data shapes of `CorpusShape` (customer exports
    /// in seven languages, pg_dump files, API JSON and NDJSON, mail and support notes, DHCP, auth and nginx logs),
    /// the same number of bytes for each shape, each file in one language of `CorpusLocale.all`. Unlike
    /// `generate`, personal data is as dense as in the real thing: every cell of a personal column is planted.
    /// A file's shape is the first component of its path (`EvaluationTable.byShape`). The same seed gives the same
    /// bytes and labels.
    public func generateShapes(into directory: String, targetBytes: Int) throws -> GeneratedCorpus {
        var writer = CorpusShapeWriter(random: CorpusRandom(seed: seed ^ 0x5348_4150_4553))
        let shapes = CorpusShape.allCases
        let fileBase = min(max(targetBytes / (shapes.count * 8), 4096), 4 << 20)
        var files: [String] = []
        var planted: [PlantedValue] = []
        var negatives: [PlantedValue] = []
        var total = 0
        while total < targetBytes {
            let shape = shapes[files.count % shapes.count]
            let locale = writer.random.pick(CorpusLocale.all)
            let size = min(fileBase / 2 + writer.random.below(fileBase), max(targetBytes - total, 1024))
            let path = shape.path(index: files.count + 1, locale: locale)
            var file = try CorpusFileWriter(root: directory, path: path)
            try writer.write(shape, to: &file, size: size, locale: locale)
            total += try file.close()
            files.append(path)
            planted += file.planted
            negatives += file.negatives
        }
        return GeneratedCorpus(root: directory, files: files, planted: planted, negatives: negatives, totalBytes: total)
    }
}
