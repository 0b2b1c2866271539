#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A buffered writer on a file descriptor, shared by `StandardOutput` and `FileOutput`: text is collected
/// in a buffer and written with `write(2)` when the buffer fills or on `flush()`.
final class FileDescriptorOutput {
    static let bufferCapacity = 64 * 1024

    let fd: Int32
    let name: String
    private var buffer: [UInt8] = []

    init(fd: Int32, name: String) {
        self.fd = fd
        self.name = name
        buffer.reserveCapacity(Self.bufferCapacity)
    }

    func write(_ text: String) throws { try append(text.utf8) }

    func write(bytes: [UInt8]) throws { try append(bytes) }

    private func append(_ bytes: some Collection<UInt8>) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.bufferCapacity { try flush() }
    }

    func flush() throws {
        var written = 0
        defer { buffer.removeFirst(written) }
        while written < buffer.count {
            let result = buffer.withUnsafeBytes { writeBytes(fd, $0.baseAddress! + written, $0.count - written) }
            if result < 0 {
                if errno == EINTR { continue }
                throw ReportOutputError(path: name, message: "cannot write: \(String(cString: strerror(errno)))")
            }
            written += result
        }
    }
}

/// `write(2)`, at file scope because the `write` methods above would shadow it.
private func writeBytes(_ fd: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, pointer, count)
}

/// `close(2)`, for owners whose own `close()` method shadows it.
@discardableResult
func closeDescriptor(_ fd: Int32) -> Int32 {
    close(fd)
}
