internal import CSQLite

extension SQLiteConnection {
    /// Opens a private, empty in-memory database for writing: a scratch schema that vanishes on close.
    package static func openInMemory() throws(SQLiteError) -> SQLiteConnection {
        try SQLiteConnection(
            location: ":memory:", flags: SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
            isImmutable: false)
    }
}
