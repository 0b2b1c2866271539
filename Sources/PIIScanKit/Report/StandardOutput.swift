#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a report to standard output, buffered; call `flush()` when done.
public final class StandardOutput: ReportOutput {
    private let output = FileDescriptorOutput(fd: STDOUT_FILENO, name: "standard output")

    public init() {}

    public func write(_ text: String) throws { try output.write(text) }

    public func write(bytes: [UInt8]) throws { try output.write(bytes: bytes) }

    public func flush() throws { try output.flush() }

    /// Flushes; standard output itself stays open.
    public func close() throws { try output.flush() }
}
