internal import CSQLite

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension SQLiteConnection {
    /// Opens `path` for reading so that a scan never writes anything: no lock that blocks readers, no journal,
    /// no `-wal`/`-shm` file, no checkpoint, and a file whose bytes and mtime stay as they were.
    ///
    /// - Rollback-journal files (the default) open with `SQLITE_OPEN_READONLY` and `mode=ro`: SQLite takes
    ///   shared locks only and never creates a journal; a concurrent writer is seen consistently.
    /// - WAL files whose `-wal` file exists open the same way: SQLite reads the existing WAL index.
    /// - WAL files without a `-wal` file (cleanly closed, every change checkpointed into the file) open with
    ///   `immutable=1`, because a plain read-only open would create `-wal` and `-shm` beside the file. This is
    ///   the one case where immutable is safe: all data is in the main file. If a writer starts while we read,
    ///   SQLite may report corruption for that table; the scan records it as the table's skip reason.
    ///
    /// `query_only` is set as a second guard, and a file that is not an SQLite database fails at once with
    /// `SQLITE_NOTADB` rather than at the first query.
    package static func openReadOnly(path: String, busyTimeoutMilliseconds: Int = 2_000) throws(SQLiteError)
        -> SQLiteConnection
    {
        let header = try SQLiteFileHeader(path: path)
        let immutable = header.isWAL && access(path + "-wal", F_OK) != 0
        let uri = fileURI(path) + (immutable ? "?mode=ro&immutable=1" : "?mode=ro")
        let connection = try SQLiteConnection(
            location: uri, flags: SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX,
            isImmutable: immutable)
        let result = piiscan_sqlite3_disable_checkpoint_on_close(connection.handle)
        guard result == SQLITE_OK else { throw SQLiteError(connection: connection.handle, fallback: result) }
        try connection.execute("PRAGMA query_only = 1")
        connection.setBusyTimeout(milliseconds: busyTimeoutMilliseconds)
        return connection
    }

    /// `file:` URI of a path: bytes outside the unreserved set (and `/`) percent-encoded, so `?`, `#` and `%`
    /// in file names are not read as URI syntax; absolute paths get an empty authority (`file:///abs`).
    static func fileURI(_ path: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var encoded: [UInt8] = []
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"), UInt8(ascii: "/"):
                encoded.append(byte)
            default:
                encoded += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        let text = String(decoding: encoded, as: UTF8.self)
        return path.hasPrefix("/") ? "file://" + text : "file:" + text
    }
}
