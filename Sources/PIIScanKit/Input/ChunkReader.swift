import Glibc

/// Reads one file at a time into a buffer allocated once and never grown, with the carry rule of DESIGN §2.5,
/// so memory stays flat whatever the file size. One per worker; not `Sendable`.
///
/// Each fill, the bytes after the last newline are carried to the front of the next fill, so the engine sees whole
/// lines. When a fill holds no newline at all (a giant line), `overlap + lookbehind` bytes are carried: the chunk
/// reports up to `count - overlap` and the next one from `lookbehind`, so a match of at most `overlap` bytes is
/// reported exactly once, and patterns' lookbehinds see real bytes. CRLF and invalid UTF-8 are just bytes.
package final class ChunkReader {
    package let overlap: Int
    package let lookbehind: Int
    private let buffer: UnsafeMutableRawBufferPointer

    /// Linux's `O_NOATIME` (not exported by the Glibc module); refused with EPERM on files the user does not own.
    private static let noAccessTime: Int32 = 0o1000000

    /// `chunkSize` is the buffer size; `overlap` the catalog's longest match; `lookbehind` the extra bytes carried
    /// before the overlap on a giant line. `chunkSize` must exceed `overlap + lookbehind`.
    package init(chunkSize: Int = 1 << 20, overlap: Int, lookbehind: Int = 64) {
        precondition(overlap >= 0 && lookbehind >= 0, "overlap and lookbehind cannot be negative")
        precondition(chunkSize > overlap + lookbehind, "chunkSize must exceed overlap + lookbehind")
        self.overlap = overlap
        self.lookbehind = lookbehind
        buffer = .allocate(byteCount: chunkSize, alignment: 64)
    }

    deinit {
        buffer.deallocate()
    }

    /// The buffer size in bytes: the most any chunk holds, fixed for the reader's life.
    package var capacity: Int { buffer.count }

    /// Opens read-only (`O_NONBLOCK`, `O_NOATIME` where permitted, `O_CLOEXEC`), re-checks with `fstat` that it is a
    /// regular file, sniffs the first fill for NUL (`.binary`), and calls `body` for each chunk in order. `body`
    /// returns false to stop (`.cancelled`). Errors become skip reasons (permission, vanished, read error); a file
    /// that ends before the size `fstat` gave at open, and is now smaller, has shrunk while it was read and ends
    /// `.truncated`, after its chunks were delivered. (A file that grows is read to its new end: logs being appended to are complete.)
    package func read(_ path: String, _ body: (Chunk) -> Bool) -> ReadOutcome {
        var fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | Self.noAccessTime)
        if fd < 0 && errno == EPERM {
            fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        }
        guard fd >= 0 else {
            let error = Errno(code: errno)
            // ENXIO: a socket, or a device with nothing behind it; neither is a file to scan.
            return .skipped(error.code == ENXIO ? .notRegularFile : error.skipReason, detail: error.text)
        }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else {
            return .skipped(.readError, detail: Errno(code: errno).text)
        }
        let file = FileStatus(status)
        guard file.kind == .regular else { return .skipped(.notRegularFile, detail: file.kindName) }
        return readChunks(fd, expectedSize: file.size, body)
    }

    private func readChunks(_ fd: Int32, expectedSize: Int, _ body: (Chunk) -> Bool) -> ReadOutcome {
        let base = buffer.baseAddress!
        var carried = 0
        var fileOffset = 0
        var reportFrom = 0
        var bytesRead = 0
        var isFirstFill = true
        while true {
            var count = carried
            var atEnd = false
            while count < capacity {
                let got = Glibc.read(fd, base + count, capacity - count)
                if got < 0 {
                    if errno == EINTR { continue }
                    let error = Errno(code: errno)
                    return .skipped(error.skipReason == .vanished ? .vanished : .readError, detail: error.text)
                }
                if got == 0 {
                    atEnd = true
                    break
                }
                count += got
                bytesRead += got
            }
            if isFirstFill {
                isFirstFill = false
                if memchr(base, 0, count) != nil { return .skipped(.binary, detail: nil) }
            }
            if atEnd {
                // With nothing new and nothing carried, the previous chunk reported everything.
                if count > 0 {
                    let chunk = Chunk(
                        bytes: UnsafeRawBufferPointer(start: base, count: count), fileOffset: fileOffset,
                        reportFrom: reportFrom, reportUntil: count, isLast: true)
                    guard body(chunk) else { return .skipped(.cancelled, detail: nil) }
                }
                guard bytesRead >= expectedSize || !hasShrunk(fd, below: expectedSize) else {
                    return .skipped(
                        .truncated, detail: "shrank while read: \(bytesRead) of \(expectedSize) bytes")
                }
                return .completed(bytesRead: bytesRead)
            }
            let reportUntil: Int
            let nextCarry: Int
            let nextReportFrom: Int
            if let newline = lastNewline(in: carried..<count) {
                reportUntil = newline + 1
                nextCarry = count - reportUntil
                nextReportFrom = 0
            } else {
                reportUntil = count - overlap
                nextCarry = overlap + lookbehind
                nextReportFrom = lookbehind
            }
            let chunk = Chunk(
                bytes: UnsafeRawBufferPointer(start: base, count: count), fileOffset: fileOffset,
                reportFrom: reportFrom, reportUntil: reportUntil, isLast: false)
            guard body(chunk) else { return .skipped(.cancelled, detail: nil) }
            if nextCarry > 0 { memmove(base, base + (count - nextCarry), nextCarry) }
            fileOffset += count - nextCarry
            carried = nextCarry
            reportFrom = nextReportFrom
        }
    }

    /// True when `fstat` now gives a size below `size`. A short read alone is not enough: sysfs files claim 4096
    /// bytes and hold fewer, and their size does not change.
    private func hasShrunk(_ fd: Int32, below size: Int) -> Bool {
        var status = stat()
        return fstat(fd, &status) != 0 || Int(status.st_size) < size
    }

    /// The buffer index of the last `\n` in `range`. Only newly read bytes are searched: carried bytes never hold one.
    private func lastNewline(in range: Range<Int>) -> Int? {
        let bytes = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: UInt8.self)
        var index = range.upperBound
        while index > range.lowerBound {
            index -= 1
            if bytes[index] == UInt8(ascii: "\n") { return index }
        }
        return nil
    }
}
