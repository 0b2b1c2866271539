#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The path a report file will replace, checked with `lstat` before anything is written: it must be a
/// regular file or not exist yet. A symbolic link, directory, FIFO, socket or device is refused with an error
/// naming the path, so a report is never written through a link, into a pipe that blocks, or over a device.
struct ReportFileTarget {
    let path: String
    /// The directory the temporary file is created in, so that the final `rename` stays on one file system.
    let directory: String
    let baseName: String
    /// The existing regular file's status; nil when there is none.
    let existing: stat?

    init(path: String) throws(ReportOutputError) {
        guard !path.isEmpty else { throw ReportOutputError(path: path, message: "the output file name is empty") }
        guard !path.hasSuffix("/") else { throw ReportOutputError(path: path, message: "names a directory") }
        self.path = path
        if let slash = path.lastIndex(of: "/") {
            directory = slash == path.startIndex ? "/" : String(path[..<slash])
            baseName = String(path[path.index(after: slash)...])
        } else {
            directory = "."
            baseName = path
        }
        var info = stat()
        if lstat(path, &info) != 0 {
            guard errno == ENOENT else { throw ReportOutputError.system(path, "cannot inspect the output file") }
            existing = nil
            return
        }
        if let refusal = Self.refusal(info.st_mode & S_IFMT) { throw ReportOutputError(path: path, message: refusal) }
        existing = info
    }

    /// Why a file of this type is not replaced by a report; nil for a regular file.
    private static func refusal(_ type: mode_t) -> String? {
        let what: String
        switch type {
        case S_IFREG: return nil
        case S_IFLNK: what = "a symbolic link (reports are never written through a link; name the file itself)"
        case S_IFDIR: what = "a directory"
        case S_IFIFO: what = "a FIFO (to pipe the report, write it to standard output)"
        case S_IFSOCK: what = "a socket"
        case S_IFCHR: what = "a character device (the command line writes to one in place)"
        case S_IFBLK: what = "a block device"
        default: what = "not a regular file"
        }
        return "refused: the output is \(what)"
    }
}
