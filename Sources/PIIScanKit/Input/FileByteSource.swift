import Glibc

/// A regular file opened for scanning: read-only (`O_NONBLOCK`, `O_NOATIME` where permitted, `O_CLOEXEC`),
/// checked with `fstat` to be a regular file. Closes its descriptor when released. Not `Sendable`.
package final class FileByteSource: ByteSource {
    package let descriptor: Int32
    /// The size `fstat` gave at open.
    package let expectedSize: Int

    /// Linux's `O_NOATIME` (not exported by the Glibc module); refused with EPERM on files the user does not own.
    private static let noAccessTime: Int32 = 0o1000000

    private init(descriptor: Int32, expectedSize: Int) {
        self.descriptor = descriptor
        self.expectedSize = expectedSize
    }

    deinit {
        close(descriptor)
    }

    /// Opens `path`, or says why it cannot be read (permission, vanished, not a regular file).
    package static func open(_ path: String) -> Result<FileByteSource, ReadSkip> {
        var fd = Glibc.open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | noAccessTime)
        if fd < 0 && errno == EPERM {
            fd = Glibc.open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        }
        guard fd >= 0 else {
            let error = Errno(code: errno)
            // ENXIO: a socket, or a device with nothing behind it; neither is a file to scan.
            return .failure(ReadSkip(error.code == ENXIO ? .notRegularFile : error.skipReason, error.text))
        }
        var status = stat()
        guard fstat(fd, &status) == 0 else {
            let error = Errno(code: errno)
            close(fd)
            return .failure(ReadSkip(.readError, error.text))
        }
        let file = FileStatus(status)
        guard file.kind == .regular else {
            close(fd)
            return .failure(ReadSkip(.notRegularFile, file.kindName))
        }
        return .success(FileByteSource(descriptor: fd, expectedSize: file.size))
    }

    package func read(into destination: UnsafeMutableRawPointer, count: Int) -> ByteRead {
        while true {
            let got = Glibc.read(descriptor, destination, count)
            if got >= 0 { return .bytes(got) }
            if errno == EINTR { continue }
            let error = Errno(code: errno)
            return .failed(error.skipReason == .vanished ? .vanished : .readError, detail: error.text)
        }
    }

    /// A file that ends before the size `fstat` gave at open, and is now smaller, has shrunk while it was read. A
    /// short read alone is not enough: sysfs files claim 4096 bytes and hold fewer, and their size does not change.
    /// (A file that grows is read to its new end: logs being appended to are complete.)
    package func shortfall(bytesRead: Int) -> (reason: SkipReason, detail: String)? {
        guard bytesRead < expectedSize else { return nil }
        var status = stat()
        guard fstat(descriptor, &status) != 0 || Int(status.st_size) < expectedSize else { return nil }
        return (.truncated, "shrank while read: \(bytesRead) of \(expectedSize) bytes")
    }
}

/// Why an input was not read: a skip reason and a short detail (errno text and the like).
package struct ReadSkip: Error, Equatable {
    package var reason: SkipReason
    package var detail: String?

    package init(_ reason: SkipReason, _ detail: String?) {
        self.reason = reason
        self.detail = detail
    }
}
