internal import CSQLite

/// One SQLite connection, used by one thread at a time; closed when the last reference goes.
///
/// Scans open it with `openReadOnly(path:)`, which never writes beside the file (see there); fixtures and
/// tests create databases with `openReadWrite(path:)`.
package final class SQLiteConnection {
    let handle: OpaquePointer
    private let deadline = SQLiteDeadline()
    /// True when the file was opened with `immutable=1` (no locks, no WAL index).
    package let isImmutable: Bool

    /// Opens `uri` (a `file:` URI) or a plain path with `flags`; on failure closes the half-open handle.
    init(location: String, flags: Int32, isImmutable: Bool) throws(SQLiteError) {
        var db: OpaquePointer?
        let result = sqlite3_open_v2(location, &db, flags, nil)
        guard result == SQLITE_OK, let db else {
            let error = SQLiteError(connection: db, fallback: result)
            sqlite3_close_v2(db)
            throw error
        }
        handle = db
        self.isImmutable = isImmutable
        sqlite3_extended_result_codes(db, 1)
        deadline.install(on: db)
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// Opens (creating if needed) a database for writing: test fixtures and example generation only.
    package static func openReadWrite(path: String) throws(SQLiteError) -> SQLiteConnection {
        try SQLiteConnection(
            location: path, flags: SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
            isImmutable: false)
    }

    /// How long a statement waits for another connection's lock before failing with `SQLITE_BUSY`.
    package func setBusyTimeout(milliseconds: Int) {
        sqlite3_busy_timeout(handle, Int32(clamping: milliseconds))
    }

    /// Statements stepped from now on are interrupted (`SQLITE_INTERRUPT`) once `milliseconds` have passed;
    /// nil removes the deadline.
    package func setDeadline(milliseconds: Int?) {
        deadline.arm(milliseconds: milliseconds)
    }

    /// Compiles one statement.
    package func prepare(_ sql: String) throws(SQLiteError) -> SQLiteStatement {
        try SQLiteStatement(connection: self, sql: sql)
    }

    /// Runs one or more statements that return no rows we need (schema set-up in fixtures, pragmas).
    package func execute(_ sql: String) throws(SQLiteError) {
        let result = sqlite3_exec(handle, sql, nil, nil, nil)
        guard result == SQLITE_OK else { throw SQLiteError(connection: handle, fallback: result) }
    }

    /// The rowid of the last inserted row (fixtures).
    package var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }
}
