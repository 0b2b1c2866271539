import Foundation
import PIIScanKit
import PIIScanTestSupport
import Testing

/// Database targets through the public `Scanner`: mixed with paths, ordered, counted, failures contained.
@Suite("Database scan")
struct DatabaseScanTests {
    static let catalog = try! CatalogLoader.loadBundled()
    static let key = try! FingerprintKey.load(fromHex: String(repeating: "ab", count: 32))

    private func scan(_ targets: [String], configure: (inout ScanOptions) -> Void = { _ in }) throws
        -> (findings: [Finding], summary: ScanSummary)
    {
        var options = ScanOptions()
        options.jobs = 2
        configure(&options)
        let plan = try ScanPlan(targets: targets, catalog: Self.catalog, options: options, fingerprintKey: Self.key)
        var findings: [Finding] = []
        let summary = try Scanner().run(plan) { findings += $0 }
        return (findings, summary)
    }

    private static func crm() throws -> SQLiteFixture {
        let fixture = try SQLiteFixture(name: "crm.db")
        try fixture.execute(
            """
            CREATE TABLE b_orders (id INTEGER PRIMARY KEY, ref TEXT, note TEXT);
            CREATE TABLE a_people (id INTEGER PRIMARY KEY, mail TEXT, email_sent_count INTEGER, tel INTEGER);
            """)
        try fixture.insert(
            into: "a_people", columns: ["mail", "email_sent_count", "tel"],
            rows: (1...30).map { ["ann\($0).lee@northwind-bikes.co.uk", $0, 34_617_529_100 + $0] })
        try fixture.insert(
            into: "b_orders", columns: ["ref", "note"], rows: (1...30).map { ["ORD-\($0)", "fine \($0)"] })
        fixture.finish()
        return fixture
    }

    @Test func findsColumnsInTableAndColumnOrderAndCountsThem() throws {
        let fixture = try Self.crm()
        let (findings, summary) = try scan([fixture.target])
        let columns = findings.compactMap(\.columnLocation).map { "\($0.table).\($0.column)" }
        #expect(columns == ["a_people.mail", "a_people.tel"])
        #expect(findings.allSatisfy { $0.source == .sqlite && $0.columnLocation?.store == fixture.target })
        #expect(summary.tablesScanned == 2)
        #expect(summary.columnsScanned == 7)
        #expect(summary.findingsByType == ["email": 1, "phone": 1])
        #expect(summary.targets == [fixture.target])
    }

    @Test func binaryColumnsAreCountedAsNotRead() throws {
        let fixture = try SQLiteFixture(name: "photos.db")
        try fixture.execute("CREATE TABLE staff (id INTEGER PRIMARY KEY, picture BLOB, scan BLOB, note TEXT);")
        try fixture.insert(into: "staff", columns: ["note"], rows: [["ok"]])
        fixture.finish()
        let (_, summary) = try scan([fixture.target])
        #expect(summary.notes.contains("2 binary columns (bytea, BLOB) not read: --include-binary reads them"))
        let (_, included) = try scan([fixture.target]) { $0.database.includeBinary = true }
        #expect(!included.notes.contains { $0.contains("binary") })
    }

    @Test func excludeGlobsApplyToSchemaTableColumn() throws {
        let fixture = try Self.crm()
        let (findings, summary) = try scan([fixture.target]) { $0.excludeGlobs = ["main.a_people.tel", "*.b_*"] }
        #expect(findings.map(\.type) == ["email"])
        #expect(summary.tablesScanned == 1)
    }

    @Test func filesAndDatabasesScanTogether() throws {
        let fixture = try Self.crm()
        let tree = try TempTree(["notes.txt": "write to bob.lee@northwind-bikes.co.uk\n"])
        let (findings, summary) = try scan([tree.root, fixture.target])
        #expect(findings.first?.source == .file)
        #expect(findings.filter { $0.source == .sqlite }.count == 2)
        #expect(summary.filesScanned == 1)
    }

    @Test func anUnopenableStoreIsAnUnreadableTargetAndAFailureSkip() throws {
        let tree = try TempTree(["plain.db": .text(String(repeating: "not a database ", count: 10))])
        let (findings, summary) = try scan(["sqlite:" + tree.path("plain.db"), "sqlite:" + tree.path("none.db")])
        #expect(findings.isEmpty)
        #expect(summary.unreadableTargets.count == 2)
        #expect(summary.unreadableTargets[0].contains(tree.path("plain.db")))
        #expect(summary.skipped.map(\.item) == ["sqlite:" + tree.path("none.db"), "sqlite:" + tree.path("plain.db")])
        #expect(summary.skipped.map(\.reason) == [.unreachable, .corrupt])
        #expect(summary.failures.count == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: tree.root) == ["plain.db"])
    }

    @Test func aTableWithACorruptPageIsAFailureSkipAndTheOtherTablesAreScanned() throws {
        let fixture = try Self.crm()
        try fixture.corruptRootPage(of: "a_people")
        let (findings, summary) = try scan([fixture.target])
        #expect(findings.isEmpty)
        #expect(summary.tablesScanned == 1)
        #expect(summary.unreadableTargets.isEmpty)
        #expect(summary.skipped.map(\.item) == [fixture.target + "/main.a_people"])
        #expect(summary.skipped.map(\.reason) == [.corrupt])
        #expect(summary.skipped.first?.detail?.contains("cannot sample main.a_people") == true)
        #expect(summary.failures.count == 1)
    }

    @Test func aTableThatTimesOutIsSkippedAndTheScanGoesOn() throws {
        let fixture = try SQLiteFixture()
        try fixture.execute(
            """
            CREATE TABLE people (email TEXT);
            INSERT INTO people VALUES ('ann.lee@northwind-bikes.co.uk');
            CREATE VIEW slow AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n)
                SELECT i AS v FROM n WHERE i < 0;
            """)
        fixture.finish()
        let (findings, summary) = try scan([fixture.target]) {
            $0.database.includeViews = true
            $0.database.statementTimeoutMilliseconds = 100
        }
        #expect(findings.map(\.type) == ["email"])
        #expect(summary.skipped.map(\.reason) == [.timeout])
        #expect(summary.failures.count == 1)
        #expect(summary.skipped.first?.item == fixture.target + "/main.slow")
    }
}
