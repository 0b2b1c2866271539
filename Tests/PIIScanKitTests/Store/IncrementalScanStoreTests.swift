import Foundation
import PIIScanTestSupport
import Testing

@testable import PIIScanKit

/// An unchanged rescan through a real store: the same findings as the first scan, every file carried over, and
/// the store asked about the files that had findings only (one query per carried file made a rescan of 100,000
/// small files slower than a full scan).
@Suite("Incremental scan from the store")
struct IncrementalScanStoreTests {
    static let catalog = try! CatalogLoader.loadBundled()
    static let key = try! FingerprintKey.load(fromHex: String(repeating: "ab", count: 32))

    /// Counts the per-file reads of a wrapped store.
    final class CountingHistory: ScanHistory {
        let base: any ScanHistory
        var fileReads = 0

        init(_ base: any ScanHistory) { self.base = base }

        var locator: String { base.locator }
        func runs() throws -> [ScanRun] { try base.runs() }
        func run(_ id: Int64) throws -> ScanRun? { try base.run(id) }
        func findings(run: Int64) throws -> [Finding] { try base.findings(run: run) }
        func violations(run: Int64) throws -> [Violation] { try base.violations(run: run) }
        func lastCompleteRun(scopeKey: String, configurationFingerprint: String) throws -> ScanRun? {
            try base.lastCompleteRun(scopeKey: scopeKey, configurationFingerprint: configurationFingerprint)
        }
        func fileStates(run: Int64) throws -> [String: FileStamp] { try base.fileStates(run: run) }
        func findingSources(run: Int64) throws -> [String: Int64] { try base.findingSources(run: run) }
        func findings(heldBy source: Int64, path: String) throws -> [Finding] {
            fileReads += 1
            return try base.findings(heldBy: source, path: path)
        }
        func beginRun(_ start: RunStart) throws -> Int64 { try base.beginRun(start) }
        func append(run: Int64, batches: [FindingBatch], files: [CoveredFile]) throws {
            try base.append(run: run, batches: batches, files: files)
        }
        func finishRun(_ run: Int64, status: RunStatus, summary: ScanSummary, violations: [Violation]) throws {
            try base.finishRun(run, status: status, summary: summary, violations: violations)
        }
        func record(_ decisions: [TriageDecision]) throws { try base.record(decisions) }
        func triageDecisions() throws -> [TriageDecision] { try base.triageDecisions() }
    }

    private func scan(
        _ plan: ScanPlan, into history: any ScanHistory, carryingFrom previous: Int64?
    ) throws -> (findings: [Finding], summary: ScanSummary) {
        let start = RunStart(
            targets: plan.targets, scopeKey: "s", configurationFingerprint: "c", carriedFromRun: previous)
        let recorder = try ScanRecorder(history: history, start: start)
        let incremental = try previous.map { try IncrementalScan(history: history, run: $0) }
        var findings: [Finding] = []
        let summary = try Scanner().run(plan, incremental: incremental, onFile: { try recorder.add($0) }) {
            findings += $0
            try recorder.add($0, carried: $1)
        }
        try recorder.finish(status: .complete, summary: summary, violations: [])
        return (findings, summary)
    }

    @Test(arguments: StoreFixture.Backend.available)
    func anUnchangedRescanReadsTheFindingsOfFilesThatHadSomeOnly(_ backend: StoreFixture.Backend) throws {
        var files: [String: TempTree.Entry] = [:]
        for index in 0..<40 {
            files["d\(index % 4)/f\(index).txt"] =
                .text(index % 20 == 0 ? "contact ann\(index).lee@northwind-bikes.co.uk\n" : "order \(index) shipped\n")
        }
        let tree = try TempTree(files)
        var options = ScanOptions()
        options.jobs = 2
        let plan = try ScanPlan(targets: [tree.root], catalog: Self.catalog, options: options, fingerprintKey: Self.key)
        let fixture = try StoreFixture(backend)
        let history = CountingHistory(try fixture.open())

        let first = try scan(plan, into: history, carryingFrom: nil)
        #expect(first.findings.count == 2)
        let firstRun = try #require(try history.runs().last?.id)
        let rescan = try scan(plan, into: history, carryingFrom: firstRun)
        #expect(rescan.findings == first.findings)
        #expect(rescan.summary.filesCarriedOver == 40 && rescan.summary.filesScanned == 0)
        #expect(history.fileReads == 2)
        let rescanRun = try #require(try history.runs().last?.id)
        _ = try scan(plan, into: history, carryingFrom: rescanRun)
        #expect(history.fileReads == 4, "a rescan of a rescan finds the rows through the carry references")
        #expect(try history.findings(run: rescanRun) == first.findings)
    }
}
