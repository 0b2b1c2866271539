#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a report to a file, created or truncated with owner-only permissions (0600), because a report
/// names where personal data lives. Buffered: call `flush()` (or `close()`) when done.
public final class FileOutput: ReportOutput {
    public let path: String
    private var output: FileDescriptorOutput?

    /// Opens `path` for writing; an existing regular file is truncated and its mode set to 0600. Devices and
    /// pipes (`/dev/stdout`, a FIFO) are written as they are: changing their mode would change the terminal's.
    public init(path: String) throws {
        self.path = path
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Self.error(path, "cannot create the report file") }
        var info = stat()
        let isRegular = fstat(fd, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
        guard !isRegular || fchmod(fd, 0o600) == 0 else {
            let error = Self.error(path, "cannot make the report file private")
            closeDescriptor(fd)
            throw error
        }
        output = FileDescriptorOutput(fd: fd, name: path)
    }

    /// Flushes what is left (best effort: a deinitialiser cannot throw) and closes the file.
    deinit {
        guard let output else { return }
        try? output.flush()
        closeDescriptor(output.fd)
    }

    public func write(_ text: String) throws {
        guard let output else { throw ReportOutputError(path: path, message: "the report file is already closed") }
        try output.write(text)
    }

    public func write(bytes: [UInt8]) throws {
        guard let output else { throw ReportOutputError(path: path, message: "the report file is already closed") }
        try output.write(bytes: bytes)
    }

    public func flush() throws {
        try output?.flush()
    }

    /// Flushes and closes the file; later writes throw.
    public func close() throws {
        guard let output else { return }
        self.output = nil
        defer { closeDescriptor(output.fd) }
        try output.flush()
    }

    private static func error(_ path: String, _ what: String) -> ReportOutputError {
        ReportOutputError(path: path, message: "\(what): \(String(cString: strerror(errno)))")
    }
}
