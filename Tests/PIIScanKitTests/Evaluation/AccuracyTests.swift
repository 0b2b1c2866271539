import Foundation
import PIIScanKit
import PIIScanTestSupport
import Testing

/// End-to-end accuracy of the default catalog on a generated, labelled corpus of about 2 MB.
@Suite struct AccuracyTests {
    @Test func defaultCatalogFindsPlantedPIIAndIgnoresLookAlikes() throws {
        let directory = NSTemporaryDirectory() + "accuracy-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let corpus = try CorpusGenerator(seed: 2024).generate(into: directory, targetBytes: 2 << 20)

        let catalog = try CatalogLoader.loadBundled()
        var options = ScanOptions()
        options.jobs = 2
        let plan = try ScanPlan(
            targets: [directory], catalog: catalog, options: options,
            fingerprintKey: FingerprintKey(bytes: Array(repeating: 7, count: 32))
        )
        var findings: [Finding] = []
        let summary = try Scanner().run(plan) { findings += $0 }
        #expect(summary.skipped.isEmpty, "\(summary.skipped)")

        let table = EvaluationTable(corpus: corpus, findings: findings)
        print(table.rendered())
        #expect(table.overall.f1 >= 0.95, "micro-F1 \(table.overall.f1)")
        for type in CorpusGenerator.plantedTypes {
            let f1 = table.row(type)?.f1 ?? 0
            #expect(f1 >= 0.85, "\(type) F1 \(f1)")
        }
    }
}
