import Foundation
import PIIScanTestSupport
import SQLite
import Testing

@testable import PIIScanKit

@Suite("SQLite source")
struct SQLiteSourceTests {
    private static func session(_ fixture: SQLiteFixture, rows: Int = 1000) throws -> any DatabaseSession {
        fixture.finish()
        var limits = SampleLimits()
        limits.rows = rows
        limits.maxValueBytes = 32
        return try #require(try SQLiteStore(target: fixture.target)).openSession(limits: limits)
    }

    @Test(arguments: [
        ("sqlite:app.db", "app.db"), ("sqlite://data/app.db", "data/app.db"), ("sqlite:///abs/app.db", "/abs/app.db"),
    ])
    func parsesTargets(target: String, path: String) throws {
        let store = try #require(try SQLiteStore(target: target))
        #expect(store.path == path)
        #expect(store.locator == "sqlite:" + path)
        #expect(try SQLiteStore(target: "postgres://h/db") == nil)
    }

    @Test func walksTablesColumnsAndTypeClasses() throws {
        let fixture = try SQLiteFixture()
        try fixture.execute(
            #"""
            CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(255), active BOOLEAN, born DATE,
                seen_at TIMESTAMP, score REAL, profile JSON, avatar BLOB, misc);
            CREATE TABLE "odd ""name""" (x TEXT);
            CREATE VIEW active_users AS SELECT email FROM users WHERE active;
            """#)
        let session = try Self.session(fixture)
        let tables = try session.tables(matching: DatabaseFilter())
        #expect(tables.map(\.name) == ["odd \"name\"", "users"])
        let users = try #require(tables.last)
        #expect(
            users.columns.map(\.typeClass) == [
                .integer, .text, .boolean, .date, .timestamp, .floatingPoint, .json, .binary, .other,
            ])
        let withViews = try session.tables(matching: DatabaseFilter(includeViews: true))
        #expect(withViews.first { $0.name == "active_users" }?.kind == .view)
    }

    @Test func excludeAndIncludeGlobsSelectTablesAndColumns() throws {
        let fixture = try SQLiteFixture()
        try fixture.execute("CREATE TABLE audit_log (a TEXT); CREATE TABLE users (email TEXT, notes TEXT);")
        let session = try Self.session(fixture)
        let excluded = try session.tables(matching: DatabaseFilter(excludeGlobs: ["main.audit_*", "*.*.notes"]))
        #expect(excluded.map(\.name) == ["users"])
        #expect(excluded.first?.columns.map(\.name) == ["email"])
        let included = try session.tables(matching: DatabaseFilter(includeGlobs: ["main.users.email"]))
        #expect(included.map(\.name) == ["users"])
        #expect(included.first?.columns.map(\.name) == ["email"])
    }

    @Test func samplesBoundedRowidRangesTruncatesAndSkipsBlobs() throws {
        let fixture = try SQLiteFixture()
        try fixture.execute("CREATE TABLE big (id INTEGER PRIMARY KEY, note TEXT, data BLOB, loose)")
        try fixture.insert(
            into: "big", columns: ["id", "note", "data", "loose"],
            rows: (1...5000).map { [$0 * 3, String(repeating: "x", count: 100), [UInt8(1), 2], [UInt8(0)]] })
        let session = try Self.session(fixture, rows: 100)
        let table = try #require(try session.tables(matching: DatabaseFilter()).first)
        let sample = try session.sample(table)
        #expect(sample.rowsSampled == 100)
        #expect(sample.columns[1].count == 100)
        #expect(sample.columns[1].allSatisfy { $0.count == 32 })
        #expect(sample.columns[2].isEmpty)
        #expect(sample.columns[3].isEmpty)
        let ids = Set(sample.columns[0].map { Int(String(decoding: $0, as: UTF8.self))! })
        #expect(ids.count == 100)
        #expect(ids.max()! > 10_000)
    }

    @Test func viewsUseLimit() throws {
        let fixture = try SQLiteFixture()
        try fixture.execute("CREATE TABLE kv (k TEXT, v TEXT); CREATE VIEW kv_view AS SELECT v FROM kv;")
        try fixture.insert(into: "kv", columns: ["k", "v"], rows: (1...50).map { ["k\($0)", "v\($0)"] })
        let session = try Self.session(fixture, rows: 10)
        let view = try #require(try session.tables(matching: DatabaseFilter(includeViews: true)).last)
        #expect(view.kind == .view)
        #expect(try session.sample(view).rowsSampled == 10)
    }

    /// Each connection samples tables another one listed, so a `WITHOUT ROWID` table must be recognised by the
    /// sampling connection itself (it once failed with "no such column: rowid").
    @Test func withoutRowidTablesAreSampledInPrimaryKeyRangesByAnyConnection() throws {
        let fixture = try SQLiteFixture()
        try fixture.execute(
            """
            CREATE TABLE by_text (k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID;
            CREATE TABLE by_number (a INTEGER, b TEXT, v TEXT, PRIMARY KEY (a, b)) WITHOUT ROWID;
            CREATE TABLE tiny (k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID;
            """)
        let keys = (1...5000).map { "user-" + String(100_000 + $0 * 7) }
        try fixture.insert(into: "by_text", columns: ["k", "v"], rows: keys.map { [$0, "v"] })
        try fixture.insert(into: "by_number", columns: ["a", "b", "v"], rows: (1...5000).map { [$0 * 3, "x", "v"] })
        try fixture.insert(into: "tiny", columns: ["k", "v"], rows: [["b", "1"], ["a", "2"]])
        let tables = try Self.session(fixture).tables(matching: DatabaseFilter())
        #expect(tables.map(\.name) == ["by_number", "by_text", "tiny"])
        let sampler = try Self.session(fixture, rows: 100)
        for table in tables.prefix(2) {
            let sample = try sampler.sample(table)
            #expect(sample.rowsSampled == 100, "\(table.name)")
            let sampledKeys = sample.columns[0].map { String(decoding: $0, as: UTF8.self) }
            #expect(Set(sampledKeys).count == 100, "\(table.name): no row read twice")
            #expect(try sampler.sample(table).columns == sample.columns, "\(table.name): deterministic")
            if table.name == "by_text" {
                #expect(sampledKeys.max()! > keys[4000], "the ranges reach the end of the key")
            } else {
                #expect(sampledKeys.compactMap { Int($0) }.max()! > 12_000)
            }
        }
        #expect(try sampler.sample(tables[2]).rowsSampled == 2)
    }

    @Test func keySpansMapKeysToOrderedCoordinatesAndRefuseMixedClasses() throws {
        let numbers = try #require(SQLiteKeySpan(low: .integer(Int64.min), high: .integer(Int64.max)))
        #expect(numbers.width == UInt64.max)
        #expect(numbers.key(at: 0) == .integer(Int64.min) && numbers.key(at: UInt64.max) == .integer(Int64.max))
        #expect(numbers.key(at: UInt64(1) << 63) == .integer(0))
        #expect(numbers.coordinate(of: .integer(-1)) == UInt64(Int64.max))
        let text = try #require(SQLiteKeySpan(low: .text(Array("user-0".utf8)), high: .text(Array("user-8".utf8))))
        let middle = text.key(at: text.width / 2)
        #expect(middle == .text(Array("user-4".utf8) + [0, 0, 0, 0, 0, 0, 0]))
        #expect(text.coordinate(of: middle) == text.width / 2)
        #expect(text.key(at: 0) == .text(Array("user-0".utf8)), "coordinate 0 is the smallest key itself")
        #expect(SQLiteKeySpan(low: .integer(1), high: .text([0x61])) == nil)
        #expect(SQLiteKeySpan(low: .text([0x62]), high: .text([0x61])) == nil)
        let real = try #require(SQLiteKeySpan(low: .integer(1), high: .real(2)))
        #expect(real.key(at: real.width / 2) == .real(1.5))
        #expect(real.coordinate(of: .real(1.5)) == real.width / 2)
    }

    @Test func scanningNeverWrites() throws {
        let fixture = try SQLiteFixture(name: "crm.db", wal: true)
        try fixture.execute("CREATE TABLE t (email TEXT); INSERT INTO t VALUES ('ann.lee@northwind-bikes.co.uk');")
        fixture.finish()
        let before = try Data(contentsOf: URL(fileURLWithPath: fixture.path))
        let mtime = try FileManager.default.attributesOfItem(atPath: fixture.path)[.modificationDate] as? Date
        let session = try Self.session(fixture)
        for table in try session.tables(matching: DatabaseFilter()) { _ = try session.sample(table) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: fixture.path)) == before)
        #expect(try FileManager.default.attributesOfItem(atPath: fixture.path)[.modificationDate] as? Date == mtime)
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.directory.root) == ["crm.db"])
    }

    @Test func aFileThatIsNotADatabaseFailsNamingThePath() throws {
        let tree = try TempTree([
            "notes.db": "just some text that is long enough to fill a header " + String(repeating: ".", count: 80)
        ])
        let store = try #require(try SQLiteStore(target: "sqlite:" + tree.path("notes.db")))
        let error = #expect(throws: DatabaseError.self) { try store.openSession(limits: SampleLimits()) }
        #expect(error?.message.contains(tree.path("notes.db")) == true)
        #expect(error?.message.contains("not an SQLite database") == true)
        let missing = try #require(try SQLiteStore(target: "sqlite:" + tree.path("missing.db")))
        let missingError = #expect(throws: DatabaseError.self) { try missing.openSession(limits: SampleLimits()) }
        #expect(missingError?.code == .unreachable)
    }
}
