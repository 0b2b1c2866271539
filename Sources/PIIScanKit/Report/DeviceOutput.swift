#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a report to a character device named as the output (`-o /dev/null` to discard it, `/dev/tty`): a
/// device cannot be truncated or replaced, so it is written in place, opened without following a link and
/// without becoming the controlling terminal. Block devices are never written (`ReportFileTarget` refuses them).
public final class DeviceOutput: ReportOutput {
    private let output: FileDescriptorOutput

    /// True when `path` itself (not through a link) is a character device.
    public static func isCharacterDevice(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFCHR
    }

    public init(path: String) throws {
        let fd = open(path, O_WRONLY | O_NOFOLLOW | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { throw ReportOutputError.system(path, "cannot open the output device") }
        output = FileDescriptorOutput(fd: fd, name: path)
    }

    deinit {
        try? output.flush()
        closeDescriptor(output.fd)
    }

    public func write(_ text: String) throws { try output.write(text) }

    public func write(bytes: [UInt8]) throws { try output.write(bytes: bytes) }

    public func flush() throws { try output.flush() }

    /// Flushes; the device is closed when the output goes.
    public func close() throws { try output.flush() }
}
