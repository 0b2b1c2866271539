import Foundation
import SQLite

/// A throwaway SQLite database in a temp directory, built by the test with plain SQL and bound rows.
///
/// The connection used to build it is closed by `finish()` (or when the fixture goes), so a scan then sees
/// a cleanly closed file with no journal beside it.
public final class SQLiteFixture {
    public let directory: TempTree
    /// The database file's path.
    public let path: String
    private var connection: SQLiteConnection?

    /// Creates `name` in a new temp directory; `wal` switches it to WAL journal mode.
    public init(name: String = "fixture.db", wal: Bool = false) throws {
        directory = try TempTree([:], prefix: "piiscan-sqlite")
        path = directory.path(name)
        connection = try SQLiteConnection.openReadWrite(path: path)
        if wal { try connection?.execute("PRAGMA journal_mode = WAL") }
    }

    /// The `sqlite:` target naming the file.
    public var target: String { "sqlite:" + path }

    /// Runs one or more SQL statements (DDL, literal inserts).
    public func execute(_ sql: String) throws {
        try open().execute(sql)
    }

    /// Inserts `rows` into `table` with bound parameters (`nil` is NULL, `Int` an integer, else text), in
    /// one transaction.
    public func insert(into table: String, columns: [String], rows: [[Any?]]) throws {
        let db = try open()
        let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        let names = columns.map { "\"\($0)\"" }.joined(separator: ", ")
        let statement = try db.prepare("INSERT INTO \"\(table)\" (\(names)) VALUES (\(marks))")
        try db.execute("BEGIN")
        for row in rows {
            for (index, value) in row.enumerated() {
                let position = Int32(index + 1)
                switch value {
                case nil: try statement.bindNull(at: position)
                case let number as Int: try statement.bind(Int64(number), at: position)
                case let bytes as [UInt8]: try statement.bind(blob: bytes, at: position)
                case let other?: try statement.bind("\(other)", at: position)
                }
            }
            try statement.run()
        }
        try db.execute("COMMIT")
    }

    /// Closes the building connection; the file is then left exactly as a scan will see it.
    public func finish() {
        connection = nil
    }

    /// Overwrites the root page of `table` with bytes that are no valid b-tree page, leaving the schema (page 1)
    /// and every other table intact, then closes the file: the schema still reads, sampling that table fails
    /// with `SQLITE_CORRUPT`.
    public func corruptRootPage(of table: String) throws {
        let db = try open()
        let pageSize = try Self.integer(db, "PRAGMA page_size")
        let statement = try db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = ?")
        try statement.bind(table, at: 1)
        guard try statement.step() else { throw SQLiteError(code: 1, message: "no table \(table)") }
        let rootPage = Int(statement.int64(at: 0))
        finish()
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.seek(toOffset: UInt64((rootPage - 1) * pageSize))
        try handle.write(contentsOf: Data(repeating: 0xEE, count: pageSize))
    }

    private static func integer(_ db: SQLiteConnection, _ sql: String) throws -> Int {
        let statement = try db.prepare(sql)
        _ = try statement.step()
        return Int(statement.int64(at: 0))
    }

    private func open() throws -> SQLiteConnection {
        if let connection { return connection }
        let reopened = try SQLiteConnection.openReadWrite(path: path)
        connection = reopened
        return reopened
    }
}
