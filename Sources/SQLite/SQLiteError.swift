internal import CSQLite

/// An error from SQLite: its primary and extended result codes and SQLite's own message.
///
/// The message comes from `sqlite3_errmsg`/`sqlite3_errstr`, which name tables, columns or the file, never a
/// bound value: statements bind their parameters, so values never appear in SQL text either.
package struct SQLiteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The primary result code (`SQLITE_NOTADB` = 26, `SQLITE_INTERRUPT` = 9, ...).
    package let code: Int32
    /// The extended result code (`SQLITE_CANTOPEN_ISDIR`, `SQLITE_READONLY_ROLLBACK`, ...).
    package let extendedCode: Int32
    package let message: String
    /// The byte offset in the SQL text of the token SQLite stopped at (`sqlite3_error_offset`), when it names one.
    package var offset: Int?

    package init(code: Int32, extendedCode: Int32? = nil, message: String? = nil) {
        self.code = code & 0xFF
        self.extendedCode = extendedCode ?? code
        self.message = message ?? String(cString: sqlite3_errstr(code))
    }

    /// The error the last failed call on `db` left behind.
    init(connection db: OpaquePointer?, fallback: Int32) {
        guard let db else {
            self.init(code: fallback)
            return
        }
        self.init(
            code: sqlite3_errcode(db), extendedCode: sqlite3_extended_errcode(db),
            message: String(cString: sqlite3_errmsg(db)))
        let offset = sqlite3_error_offset(db)
        self.offset = offset >= 0 ? Int(offset) : nil
    }

    /// The statement deadline passed (the progress handler interrupted it).
    package var isInterrupted: Bool { code == SQLITE_INTERRUPT }
    /// The file is not an SQLite database, or is damaged.
    package var isNotADatabase: Bool { code == SQLITE_NOTADB || code == SQLITE_CORRUPT }
    /// The file could not be opened (missing, a directory, no permission).
    package var isCannotOpen: Bool { code == SQLITE_CANTOPEN || code == SQLITE_PERM || code == SQLITE_AUTH }
    /// Another connection holds a lock the busy timeout did not outlast.
    package var isBusy: Bool { code == SQLITE_BUSY || code == SQLITE_LOCKED }

    package var description: String { "\(message) (SQLite error \(extendedCode))" }
}
