import Foundation
import PIIScanKit
import PIIScanTestSupport
import Testing

/// A user pattern that the loader accepts (bounded, no nested quantifiers) but that backtracks catastrophically
/// on a run of `a`: the scan must end quickly, report what it found, and say which windows it could not search.
@Suite("Pattern limits")
struct PatternLimitTests {
    static let runaway = """
        detectors:
          - id: runaway
            type: runaway_code
            category: user.unique_id
            pattern: '(?:a|aa){1,50}(?:a|aa){1,50}[bc][de]'
            max_length: 210
            confidence: 0.9
            trigger: {bytes: "a", after: 200}
        """

    private func plan(_ tree: TempTree) throws -> ScanPlan {
        var catalogOptions = CatalogOptions()
        catalogOptions.patternFiles = [tree.path("patterns/runaway.yaml")]
        let catalog = try CatalogLoader.load(catalogOptions)
        var options = ScanOptions()
        options.jobs = 1
        let key = try FingerprintKey.load(fromHex: String(repeating: "ab", count: 32))
        return try ScanPlan(targets: [tree.path("data")], catalog: catalog, options: options, fingerprintKey: key)
    }

    private func scan(_ files: [String: String]) throws -> (findings: [Finding], summary: ScanSummary, seconds: Double)
    {
        let tree = try TempTree(files.merging(["patterns/runaway.yaml": Self.runaway]) { $1 })
        var findings: [Finding] = []
        let started = Date()
        let summary = try Scanner().run(try plan(tree)) { findings += $0 }
        return (findings, summary, Date().timeIntervalSince(started))
    }

    @Test func anIncrementalRescanReadsAFileSearchedInPartAgain() throws {
        let tree = try TempTree([
            "patterns/runaway.yaml": Self.runaway, "data/one.txt": String(repeating: "a", count: 120) + "\n",
            "data/clean.txt": "nothing here\n",
        ])
        var covered: [String: FileStamp] = [:]
        _ = try Scanner().run(try plan(tree), incremental: nil, onFile: { covered[$0.path] = $0.stamp }) { _, _ in }
        let incremental = IncrementalScan(states: covered) { _ in [] }
        let rescan = try Scanner().run(try plan(tree), incremental: incremental, onFile: { _ in }) { _, _ in }
        #expect(rescan.filesCarriedOver == 1)
        #expect(rescan.filesScanned == 1)
        #expect(rescan.skipped.map(\.reason) == [.patternLimit])
    }

    @Test func aWindowOverTheLimitIsASkipAndTheRestOfTheFileIsScanned() throws {
        let line = String(repeating: "a", count: 120)
        let (findings, summary, seconds) = try scan([
            "data/one.txt": "\(line)\nWrite to ann.lee@northwind-bikes.co.uk today.\nab de\n",
            "data/clean.txt": "Write to bob.lee@northwind-bikes.co.uk today.\n",
        ])
        #expect(seconds < 10)
        #expect(summary.filesScanned == 2)
        #expect(findings.filter { $0.type == "email" }.count == 2)
        let skip = try #require(summary.skipped.first)
        #expect(summary.skipped.count == 1)
        #expect(skip.item == "one.txt")
        #expect(skip.reason == .patternLimit)
        #expect(skip.detail?.hasPrefix("detector runaway gave up on ") == true, "\(skip)")
        #expect(skip.detail?.contains("stopped") == false, "\(skip)")
    }

    @Test func aDetectorThatKeepsFailingIsStoppedForTheRestOfTheFile() throws {
        let lines = String(repeating: String(repeating: "a", count: 300) + "\n", count: 2_000)
        let (findings, summary, seconds) = try scan([
            "data/many.txt": lines + "Write to ann.lee@northwind-bikes.co.uk today.\n"
        ])
        #expect(seconds < 10)
        #expect(findings.map(\.type) == ["email"])
        let skip = try #require(summary.skipped.first)
        #expect(skip.reason == .patternLimit)
        #expect(
            skip.detail
                == "detector runaway gave up on 64 windows and was stopped for the rest of the file")
    }

    @Test func aDatabaseColumnOverTheLimitMakesItsTableIncomplete() throws {
        let fixture = try SQLiteFixture(name: "crm.db")
        try fixture.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, mail TEXT, note TEXT);")
        try fixture.insert(
            into: "people", columns: ["mail", "note"],
            rows: (1...20).map { ["ann\($0).lee@northwind-bikes.co.uk", String(repeating: "a", count: 120)] })
        fixture.finish()
        let tree = try TempTree(["patterns/runaway.yaml": Self.runaway])
        var catalogOptions = CatalogOptions()
        catalogOptions.patternFiles = [tree.path("patterns/runaway.yaml")]
        let plan = try ScanPlan(
            targets: [fixture.target], catalog: try CatalogLoader.load(catalogOptions), options: ScanOptions(),
            fingerprintKey: try FingerprintKey.load(fromHex: String(repeating: "ab", count: 32)))
        var findings: [Finding] = []
        let summary = try Scanner().run(plan) { findings += $0 }
        #expect(summary.tablesScanned == 1)
        #expect(findings.map(\.type) == ["email"])
        let skip = try #require(summary.skipped.first)
        #expect(skip.item == "\(fixture.target)/main.people")
        #expect(skip.reason == .patternLimit)
        #expect(skip.detail?.hasPrefix("column #3: detector runaway gave up on ") == true, "\(skip)")
    }
}
