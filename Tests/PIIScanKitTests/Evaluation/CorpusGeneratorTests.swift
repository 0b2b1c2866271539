import Foundation
import PIIScanTestSupport
import Testing

/// The corpus generator is deterministic, writes what its labels say, and mixes every type and document kind.
@Suite struct CorpusGeneratorTests {
    private static let targetBytes = 2 << 20

    private static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "corpus-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    private static func withCorpus<T>(seed: UInt64, _ body: (GeneratedCorpus) throws -> T) throws -> T {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        return try body(try CorpusGenerator(seed: seed).generate(into: directory, targetBytes: targetBytes))
    }

    private static func contents(_ corpus: GeneratedCorpus) throws -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        for file in corpus.files {
            result[file] = Array(try Data(contentsOf: URL(fileURLWithPath: corpus.root + "/" + file)))
        }
        return result
    }

    @Test func sameSeedGivesIdenticalBytesAndLabels() throws {
        let (firstFiles, firstPlanted, firstNegatives, firstBytes) = try Self.withCorpus(seed: 42) {
            ($0.files, $0.planted, $0.negatives, try Self.contents($0))
        }
        let (secondFiles, secondPlanted, secondNegatives, secondBytes) = try Self.withCorpus(seed: 42) {
            ($0.files, $0.planted, $0.negatives, try Self.contents($0))
        }
        #expect(firstFiles == secondFiles)
        #expect(firstPlanted == secondPlanted)
        #expect(firstNegatives == secondNegatives)
        #expect(firstBytes == secondBytes)
    }

    @Test func differentSeedsGiveDifferentCorpora() throws {
        let first = try Self.withCorpus(seed: 1) { try Self.contents($0) }
        let second = try Self.withCorpus(seed: 2) { try Self.contents($0) }
        #expect(first != second)
    }

    @Test func everyPlantedSpanHoldsAValidValueOfItsType() throws {
        try Self.withCorpus(seed: 7) { corpus in
            let files = try Self.contents(corpus)
            var invalid: [String] = []
            for label in corpus.planted {
                let bytes = files[label.path]!
                let value = String(decoding: bytes[label.start..<label.end], as: UTF8.self)
                let before = String(decoding: bytes[max(0, label.start - 48)..<label.start], as: UTF8.self)
                if !CorpusLabelCheck.isValid(type: label.type, value: value, before: before) {
                    invalid.append("\(label.type) \(label.path):\(label.start)")
                }
            }
            #expect(invalid.isEmpty, "invalid labels: \(invalid.prefix(10))")
        }
    }

    @Test func everyNegativeSpanHoldsItsLookAlike() throws {
        try Self.withCorpus(seed: 7) { corpus in
            let files = try Self.contents(corpus)
            let wrong = corpus.negatives.filter { label in
                let value = String(decoding: files[label.path]![label.start..<label.end], as: UTF8.self)
                return !CorpusLabelCheck.isNegative(kind: label.type, value: value)
            }
            #expect(wrong.isEmpty, "wrong negatives: \(wrong.prefix(10))")
        }
    }

    @Test func everyTypeAndNegativeKindIsPlantedAndSpansNeverOverlap() throws {
        try Self.withCorpus(seed: 7) { corpus in
            let types = Set(corpus.planted.map(\.type))
            #expect(types == Set(CorpusGenerator.plantedTypes))
            #expect(CorpusGenerator.plantedTypes.count == 24)
            #expect(Set(corpus.negatives.map(\.type)) == Set(CorpusGenerator.negativeKinds))
            for type in CorpusGenerator.plantedTypes {
                #expect(corpus.planted.filter { $0.type == type }.count >= 8, "too few \(type)")
            }
            let sorted = (corpus.planted + corpus.negatives).sorted { ($0.path, $0.start) < ($1.path, $1.start) }
            let overlapping = zip(sorted, sorted.dropFirst()).filter { $0.path == $1.path && $0.end > $1.start }
            #expect(overlapping.isEmpty)
        }
    }

    @Test func sizeKindsAndPIILineRatio() throws {
        try Self.withCorpus(seed: 7) { corpus in
            let files = try Self.contents(corpus)
            let sizes = files.values.reduce(0) { $0 + $1.count }
            #expect(sizes == corpus.totalBytes)
            #expect(corpus.totalBytes >= Self.targetBytes && corpus.totalBytes < Self.targetBytes + 64 * 1024)
            let folders = Set(corpus.files.map { $0.split(separator: "/")[0] })
            #expect(folders == ["logs", "exports", "api", "events", "support", "config"])
            let lines = files.values.reduce(0) { total, bytes in total + bytes.lazy.filter { $0 == 10 }.count }
            let linesWithPII = Set(
                corpus.planted.map { label in
                    "\(label.path):\(files[label.path]![..<label.start].lazy.filter { $0 == 10 }.count)"
                }
            ).count
            let ratio = Double(linesWithPII) / Double(lines)
            #expect(ratio > 0.012 && ratio < 0.035, "PII line ratio \(ratio)")
        }
    }

    @Test(arguments: ["en", "de"])
    func localesPickTheProseLanguages(_ language: String) throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let corpus = try CorpusGenerator(seed: 3).generate(
            into: directory, targetBytes: 512 * 1024, locales: [language])
        let prose = corpus.files.filter { $0.hasPrefix("support/") }
        #expect(!prose.isEmpty)
        #expect(prose.allSatisfy { $0.hasSuffix("-\(language).md") })
    }
}
