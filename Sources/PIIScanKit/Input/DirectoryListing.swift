import Glibc

/// The names in one directory (without `.` and `..`), sorted byte-wise, read with `opendir`/`readdir` and closed
/// before the walker descends, so a deep walk holds one directory stream at a time.
struct DirectoryListing {
    struct Entry {
        var name: [UInt8]
        /// From `d_type`; only a hint, used to apply directory-only ignore rules to entries that cannot be `lstat`ed.
        var isDirectoryHint: Bool
    }

    var entries: [Entry]

    static func read(_ path: String) -> Result<DirectoryListing, Errno> {
        guard let stream = opendir(path) else { return .failure(Errno(code: errno)) }
        defer { closedir(stream) }
        var entries: [Entry] = []
        while true {
            errno = 0
            guard let entry = readdir(stream) else {
                if errno != 0 { return .failure(Errno(code: errno)) }
                break
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix { $0 != 0 })
            }
            if name == [UInt8(ascii: ".")] || name == [UInt8(ascii: "."), UInt8(ascii: ".")] { continue }
            entries.append(Entry(name: name, isDirectoryHint: entry.pointee.d_type == UInt8(DT_DIR)))
        }
        entries.sort { $0.name.lexicographicallyPrecedes($1.name) }
        return .success(DirectoryListing(entries: entries))
    }
}
