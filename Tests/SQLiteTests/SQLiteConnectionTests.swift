import Foundation
import SQLite
import Testing

@Suite("SQLite read-only connections")
struct SQLiteConnectionTests {
    /// Bytes and modification time of a file, to prove a read-only session changed nothing.
    private static func snapshot(_ path: String) throws -> (Data, Date?) {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (try Data(contentsOf: URL(fileURLWithPath: path)), attributes[.modificationDate] as? Date)
    }

    private static func makeDatabase(_ path: String, wal: Bool = false) throws {
        let db = try SQLiteConnection.openReadWrite(path: path)
        if wal { try db.execute("PRAGMA journal_mode = WAL") }
        try db.execute("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('a'), ('b');")
    }

    private static func count(_ db: SQLiteConnection) throws -> Int64 {
        let statement = try db.prepare("SELECT count(*) FROM t")
        _ = try statement.step()
        return statement.int64(at: 0)
    }

    @Test func readOnlyOpenWritesNothing() throws {
        let scratch = try SQLiteScratchFile()
        let path = scratch.path("app.db")
        try Self.makeDatabase(path)
        let before = try Self.snapshot(path)
        do {
            let db = try SQLiteConnection.openReadOnly(path: path)
            #expect(!db.isImmutable)
            #expect(try Self.count(db) == 2)
            #expect(throws: SQLiteError.self) { try db.execute("INSERT INTO t VALUES ('c')") }
        }
        let after = try Self.snapshot(path)
        #expect(before.0 == after.0)
        #expect(before.1 == after.1)
        #expect(try scratch.listing() == ["app.db"])
    }

    @Test func walDatabaseWithoutWALFileOpensImmutableAndCreatesNoSideFiles() throws {
        let scratch = try SQLiteScratchFile()
        let path = scratch.path("wal.db")
        try Self.makeDatabase(path, wal: true)
        #expect(try scratch.listing() == ["wal.db"])
        let before = try Self.snapshot(path)
        do {
            let db = try SQLiteConnection.openReadOnly(path: path)
            #expect(db.isImmutable)
            #expect(try Self.count(db) == 2)
        }
        #expect(try scratch.listing() == ["wal.db"])
        #expect(try Self.snapshot(path).0 == before.0)
    }

    @Test func walDatabaseWithLiveWALIsReadThroughIt() throws {
        let scratch = try SQLiteScratchFile()
        let path = scratch.path("live.db")
        let writer = try SQLiteConnection.openReadWrite(path: path)
        try writer.execute("PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;")
        try writer.execute("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('a'), ('b'), ('c');")
        let db = try SQLiteConnection.openReadOnly(path: path)
        #expect(!db.isImmutable)
        #expect(try Self.count(db) == 3)
    }

    @Test(arguments: ["plain.txt", "empty-ish.bin"])
    func notADatabaseFailsAtOpen(name: String) throws {
        let scratch = try SQLiteScratchFile()
        let path = scratch.path(name)
        try Data(repeating: UInt8(ascii: "x"), count: name == "plain.txt" ? 500 : 10).write(
            to: URL(fileURLWithPath: path))
        let error = #expect(throws: SQLiteError.self) { try SQLiteConnection.openReadOnly(path: path) }
        #expect(error?.isNotADatabase == true)
    }

    @Test func missingFileFailsWithoutCreatingIt() throws {
        let scratch = try SQLiteScratchFile()
        let error = #expect(throws: SQLiteError.self) {
            try SQLiteConnection.openReadOnly(path: scratch.path("missing.db"))
        }
        #expect(error?.isCannotOpen == true)
        #expect(try scratch.listing().isEmpty)
    }

    @Test func fileNamesWithURISyntaxOpen() throws {
        let scratch = try SQLiteScratchFile()
        let path = scratch.path("odd ?name#%.db")
        try Self.makeDatabase(path)
        let db = try SQLiteConnection.openReadOnly(path: path)
        #expect(try Self.count(db) == 2)
    }
}
