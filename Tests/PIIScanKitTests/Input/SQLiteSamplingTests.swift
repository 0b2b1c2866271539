import PIIScanTestSupport
import Testing

@testable import PIIScanKit

/// How SQLite tables are sampled: across the whole key whatever its gaps and outliers, whole when small, with a
/// seed that changes the rows and repeats them, and truncated values counted.
@Suite("SQLite sampling")
struct SQLiteSamplingTests {
    private static func session(_ fixture: SQLiteFixture, rows: Int, seed: UInt32, maxValueBytes: Int = 64)
        throws -> any DatabaseSession
    {
        fixture.finish()
        var limits = SampleLimits()
        limits.rows = rows
        limits.seed = seed
        limits.maxValueBytes = maxValueBytes
        return try #require(try SQLiteStore(target: fixture.target)).openSession(limits: limits)
    }

    /// Rows 1…10,000 and 20 rows near the top of the rowid space.
    private static func outlierTable() throws -> SQLiteFixture {
        let fixture = try SQLiteFixture()
        try fixture.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, email TEXT)")
        let outliers = (0..<20).map { (Int(1) << 62) + $0 * 1000 }
        try fixture.insert(
            into: "people", columns: ["id", "email"],
            rows: (Array(1...10_000) + outliers).map { [$0, "user\($0)@example.org"] })
        return fixture
    }

    private static func ids(_ sample: TableSample) -> [Int] {
        sample.columns[0].compactMap { Int(String(decoding: $0, as: UTF8.self)) }
    }

    @Test func anOutlyingRowidDoesNotCollapseTheSample() throws {
        let fixture = try Self.outlierTable()
        let session = try Self.session(fixture, rows: 200, seed: 7)
        let table = try #require(try session.tables(matching: DatabaseFilter()).first)
        let sample = try session.sample(table)
        let ids = Self.ids(sample)
        #expect(sample.rowsSampled == 200)
        #expect(Set(ids).count == 200, "no row read twice")
        let dense = ids.filter { $0 <= 10_000 }
        #expect(dense.count >= 150, "the rows are where the table's rows are, not in the empty key space")
        for quarter in 0..<4 {
            let inQuarter = dense.filter { ($0 - 1) / 2500 == quarter }.count
            #expect(inQuarter >= 20, "quarter \(quarter) of the rows holds \(inQuarter) of \(dense.count)")
        }
        guard case .keyRanges(.rowid, let ranges, 7) = sample.method else {
            Issue.record("sampled by \(sample.method)")
            return
        }
        #expect(ranges >= 20)
    }

    @Test func aNewSeedDrawsOtherRowsAndTheSameSeedTheSameOnes() throws {
        let fixture = try Self.outlierTable()
        let first = try Self.session(fixture, rows: 100, seed: 1)
        let table = try #require(try first.tables(matching: DatabaseFilter()).first)
        let sample = try first.sample(table)
        let again = try Self.session(fixture, rows: 100, seed: 1).sample(table)
        #expect(again.columns == sample.columns)
        #expect(again.method == sample.method)
        let other = try Self.session(fixture, rows: 100, seed: 2).sample(table)
        #expect(Set(Self.ids(other)) != Set(Self.ids(sample)))
    }

    @Test func smallTablesAreReadWholeOrPickedAtRandom() throws {
        let fixture = try SQLiteFixture()
        try fixture.execute(
            "CREATE TABLE small (k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID; CREATE VIEW small_view AS SELECT v FROM small"
        )
        try fixture.insert(into: "small", columns: ["k", "v"], rows: (1...300).map { ["k\($0)", "v\($0)"] })
        let whole = try Self.session(fixture, rows: 1000, seed: 3)
        let tables = try whole.tables(matching: DatabaseFilter(includeViews: true))
        let table = try #require(tables.first { $0.name == "small" })
        let all = try whole.sample(table)
        #expect(all.rowsSampled == 300 && all.method == .wholeTable)

        let picker = try Self.session(fixture, rows: 100, seed: 3)
        let picked = try picker.sample(table)
        #expect(picked.rowsSampled == 100)
        #expect(picked.method == .randomRows(kept: 100, read: 300, seed: 3))
        let keys = picked.columns[0].map { Int(String(decoding: $0.dropFirst(), as: UTF8.self))! }
        #expect(Set(keys).count == 100 && keys.contains { $0 > 200 } && keys.contains { $0 <= 100 })
        let view = try #require(tables.first { $0.name == "small_view" })
        #expect(try picker.sample(view).method == .randomRows(kept: 100, read: 300, seed: 3))
    }

    @Test func valuesCutAtTheBoundAreCountedPerColumn() throws {
        let fixture = try SQLiteFixture()
        try fixture.execute("CREATE TABLE docs (id INTEGER PRIMARY KEY, body TEXT, title TEXT)")
        let long = "<doc>" + String(repeating: "x", count: 200) + "<to>ann@example.org</to></doc>"
        try fixture.insert(
            into: "docs", columns: ["id", "body", "title"],
            rows: (1...10).map { [$0, $0 <= 3 ? long : "short", String(repeating: "t", count: 64)] })
        let session = try Self.session(fixture, rows: 100, seed: 0, maxValueBytes: 64)
        let sample = try session.sample(try #require(try session.tables(matching: DatabaseFilter()).first))
        #expect(sample.valuesTruncated == [0, 3, 0], "a value of exactly the bound is not cut")
        #expect(sample.columns[1].allSatisfy { $0.count <= 64 })
    }
}

/// The bookkeeping behind SQLite's key ranges: points only in unread stretches, stretches taken away as read.
@Suite("SQLite unread keys")
struct SQLiteUnreadKeysTests {
    @Test func pointsFallInUnreadStretchesAndReadOnesAreTakenAway() throws {
        var unread = SQLiteUnreadKeys(width: 99, seed: 4)
        unread.remove(from: 10, through: 19)
        unread.removeRest(from: 50)
        #expect(unread.stretches == [0...9, 20...49])
        for _ in 0..<200 {
            let next = unread.nextPoint()
            let point = try #require(next)
            #expect(unread.stretches.contains { $0.contains(point.start) })
            #expect(point.before == (point.start < 10 ? 10 : 50), "bounded by the next stretch read")
        }
        unread.removeRest(from: 0)
        unread.removeRest(from: 20)
        #expect(unread.isEmpty)
        #expect(unread.nextPoint() == nil)
    }

    @Test func theLastStretchHasNoUpperBoundAndTheWholeKeySpaceIsUsable() throws {
        var unread = SQLiteUnreadKeys(width: .max, seed: 1)
        let next = unread.nextPoint()
        let point = try #require(next)
        #expect(point.before == nil)
        unread.remove(from: point.start, through: .max)
        #expect(unread.stretches == (point.start > 0 ? [0...(point.start - 1)] : []))
    }
}
