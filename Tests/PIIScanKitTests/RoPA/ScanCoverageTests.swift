import Foundation
import PIIScanTestSupport
import Testing

@testable import PIIScanKit

/// What reconciliation learns about a scan: modification times of scanned files, stores, completeness.
@Suite("Scan coverage")
struct ScanCoverageTests {
    static let catalog = try! CatalogLoader.loadBundled()
    static let key = FingerprintKey(bytes: Array(repeating: 7, count: 32))

    private func scan(_ tree: TempTree, record: Bool) throws -> ScanSummary {
        var options = ScanOptions()
        options.jobs = 2
        options.recordScannedFiles = record
        let plan = try ScanPlan(
            targets: [tree.path("")], catalog: Self.catalog, options: options, fingerprintKey: Self.key)
        return try Scanner().run(plan) { _ in }
    }

    @Test("a scan records every scanned file's modification time only when asked")
    func recordsModificationTimes() throws {
        let tree = try TempTree(["a.txt": "jane@northwind-mail.com\n", "sub/b.txt": "nothing here\n"])
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSince1970: 1_000_000_000)], ofItemAtPath: tree.path("sub/b.txt"))
        let coverage = ScanCoverage(summary: try scan(tree, record: true))
        #expect(coverage.modificationTimes.keys.sorted() == ["a.txt", "sub/b.txt"])
        #expect(coverage.modificationTimes["sub/b.txt"] == 1_000_000_000)
        #expect(coverage.complete)
        #expect(try scan(tree, record: false).scannedFiles.isEmpty)
    }

    @Test("a saved report's coverage stats the files it names under the root, and lists its stores")
    func fromFindings() throws {
        let tree = try TempTree(["data/a.csv": "x\n"])
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSince1970: 1_200_000_000)], ofItemAtPath: tree.path("data/a.csv"))
        let findings = [
            RoPAFixtures.file("data/a.csv"), RoPAFixtures.file("data/gone.csv"),
            RoPAFixtures.column("sqlite:app.db", table: "users"),
        ]
        let coverage = ScanCoverage(findings: findings, root: tree.path(""))
        #expect(coverage.modificationTimes == ["data/a.csv": 1_200_000_000])
        #expect(coverage.stores == ["sqlite:app.db"])
    }

    @Test("a cancelled scan or an unreadable target is not complete")
    func incomplete() {
        var summary = ScanSummary(targets: ["."])
        summary.cancelled = true
        #expect(!ScanCoverage(summary: summary).complete)
        summary.cancelled = false
        summary.unreadableTargets = ["missing: No such file or directory"]
        #expect(!ScanCoverage(summary: summary).complete)
    }
}
