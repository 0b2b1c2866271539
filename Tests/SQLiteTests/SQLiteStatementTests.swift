import SQLite
import Testing

@Suite("SQLite statements")
struct SQLiteStatementTests {
    @Test func valuesRoundTripAsBytesWithTheirStorageClass() throws {
        let scratch = try SQLiteScratchFile()
        let db = try SQLiteConnection.openReadWrite(path: scratch.path("values.db"))
        try db.execute("CREATE TABLE t (a, b, c, d, e)")
        let insert = try db.prepare("INSERT INTO t VALUES (?, ?, ?, ?, ?)")
        try insert.bind(42, at: 1)
        try insert.bind("héllo", at: 2)
        try insert.bind(blob: [0, 1, 255], at: 3)
        try insert.bindNull(at: 4)
        try insert.bind(4155550123, at: 5)
        try insert.run()

        let select = try db.prepare("SELECT a, b, c, d, e, 1.5 FROM t")
        #expect(try select.step())
        #expect(select.columnCount == 6)
        #expect(select.type(at: 0) == .integer)
        #expect(select.int64(at: 0) == 42)
        #expect(select.type(at: 1) == .text)
        #expect(select.text(at: 1) == "héllo")
        #expect(select.bytes(at: 1) == Array("héllo".utf8))
        #expect(select.type(at: 2) == .blob)
        #expect(select.bytes(at: 2) == [0, 1, 255])
        #expect(select.type(at: 3) == .null)
        #expect(select.text(at: 3) == nil)
        #expect(select.bytes(at: 4) == Array("4155550123".utf8))
        #expect(select.type(at: 5) == .float)
        #expect(try !select.step())
    }

    @Test func prepareErrorsCarryCodeAndMessage() throws {
        let scratch = try SQLiteScratchFile()
        let db = try SQLiteConnection.openReadWrite(path: scratch.path("errors.db"))
        let error = #expect(throws: SQLiteError.self) { try db.prepare("SELECT * FROM missing_table") }
        #expect(error?.code == 1)
        #expect(error?.message.contains("missing_table") == true)
    }

    @Test func constraintErrorsNeverContainTheBoundValue() throws {
        let scratch = try SQLiteScratchFile()
        let db = try SQLiteConnection.openReadWrite(path: scratch.path("unique.db"))
        try db.execute("CREATE TABLE people (email TEXT UNIQUE)")
        let insert = try db.prepare("INSERT INTO people VALUES (?)")
        try insert.bind("secret.person@example.org", at: 1)
        try insert.run()
        let error = #expect(throws: SQLiteError.self) { try insert.run() }
        #expect(error?.code == 19)
        #expect(error?.description.contains("secret.person") == false)
        #expect(error?.description.contains("people.email") == true)
    }

    @Test func aDeadlineInterruptsARunawayStatement() throws {
        let scratch = try SQLiteScratchFile()
        let db = try SQLiteConnection.openReadWrite(path: scratch.path("slow.db"))
        let endless = try db.prepare(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n")
        db.setDeadline(milliseconds: 50)
        let clock = ContinuousClock()
        let started = clock.now
        let error = #expect(throws: SQLiteError.self) { try endless.step() }
        #expect(error?.isInterrupted == true)
        #expect(clock.now - started < .seconds(5))
        db.setDeadline(milliseconds: nil)
        let quick = try db.prepare("SELECT 1")
        #expect(try quick.step())
    }
}
