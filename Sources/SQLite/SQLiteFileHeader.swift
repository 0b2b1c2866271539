internal import CSQLite

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The first 100 bytes of a database file, read before SQLite opens it: they tell whether the file is an
/// SQLite database at all and whether it is in WAL mode (file-format read version 2, byte 18).
struct SQLiteFileHeader {
    private static let magic = Array("SQLite format 3\0".utf8)

    /// True for WAL-mode databases.
    let isWAL: Bool

    /// Reads the header; an empty file is an empty database. Fails with `SQLITE_CANTOPEN` when the file
    /// cannot be read and `SQLITE_NOTADB` when it does not start with the SQLite magic string.
    init(path: String) throws(SQLiteError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            throw SQLiteError(code: SQLITE_CANTOPEN, message: "unable to open database file: \(reason)")
        }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: 100)
        let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 100) }
        guard count >= 0 else {
            let reason = String(cString: strerror(errno))
            throw SQLiteError(code: SQLITE_CANTOPEN, message: "unable to read database file: \(reason)")
        }
        if count == 0 {
            isWAL = false
            return
        }
        guard count == 100, Array(bytes[0..<16]) == Self.magic else {
            throw SQLiteError(code: SQLITE_NOTADB)
        }
        isWAL = bytes[18] == 2
    }
}
