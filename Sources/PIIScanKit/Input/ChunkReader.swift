import Glibc

/// Reads one file or archive member (a `ByteSource`) at a time into a buffer allocated once and never grown, with
/// the carry rule of DESIGN §2.5, so memory stays flat whatever the input's size. One per worker; not `Sendable`.
///
/// Each fill, the bytes after the last newline are carried to the front of the next fill, so the engine sees whole
/// lines. When a fill holds no newline at all (a giant line), `overlap + lookbehind` bytes are carried: the chunk
/// reports up to `count - overlap` and the next one from `lookbehind`, so a match of at most `overlap` bytes is
/// reported exactly once, and patterns' lookbehinds see real bytes. CRLF and invalid UTF-8 are just bytes.
package final class ChunkReader {
    package let overlap: Int
    package let lookbehind: Int
    private let buffer: UnsafeMutableRawBufferPointer

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

    /// Opens `path` (`FileByteSource`) and reads it with `read(from:_:)`. Errors become skip reasons (permission,
    /// vanished, not a regular file, read error); a file that shrank while it was read ends `.truncated`, after
    /// its chunks were delivered.
    package func read(_ path: String, _ body: (Chunk) -> Bool) -> ReadOutcome {
        switch FileByteSource.open(path) {
        case .success(let file):
            var source = file
            return read(from: &source, body)
        case .failure(let skip):
            return .skipped(skip.reason, detail: skip.detail)
        }
    }

    /// Reads `source` to its end and calls `body` for each chunk in order. The first fill is sniffed: a
    /// container's magic number (`ContainerFormat`) ends the read as `.container`, a database file's
    /// (`DatabaseFileFormat`) as `.databaseFile` and a NUL as `.binary`, before any chunk. `body` returns
    /// false to stop (`.cancelled`). A source that fails ends with its skip reason, and one that ends short
    /// (`ByteSource.shortfall`) with its reason after its chunks were delivered, so what was found is kept.
    ///
    /// Text in another encoding (UTF-16, UTF-32, a single-byte charset) is read through a `DecodingSource`: the
    /// chunks hold UTF-8, their offsets are the decoded text's, and `Chunk.originalOffsets` maps them back.
    package func read<Source: ByteSource>(from source: inout Source, _ body: (Chunk) -> Bool) -> ReadOutcome {
        let decoding = DecodingSource(source, window: 2 * capacity)
        return readChunks(from: decoding, body)
    }

    private func readChunks<Source: ByteSource>(
        from source: DecodingSource<Source>, _ body: (Chunk) -> Bool
    ) -> ReadOutcome {
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
                switch source.read(into: base + count, count: capacity - count) {
                case .failed(let reason, let detail): return .skipped(reason, detail: detail)
                case .bytes(let got):
                    if got == 0 { atEnd = true }
                    count += got
                    bytesRead += got
                }
                if atEnd { break }
            }
            if isFirstFill {
                isFirstFill = false
                let first = UnsafeRawBufferPointer(start: base, count: count)
                if let format = ContainerFormat.sniff(first) { return .container(format) }
                if let format = DatabaseFileFormat.sniff(first) { return .databaseFile(format) }
                if memchr(base, 0, count) != nil { return .skipped(.binary, detail: nil) }
            }
            if atEnd {
                // With nothing new and nothing carried, the previous chunk reported everything.
                if count > 0 {
                    let chunk = Chunk(
                        bytes: UnsafeRawBufferPointer(start: base, count: count), fileOffset: fileOffset,
                        reportFrom: reportFrom, reportUntil: count, isLast: true,
                        originalOffsets: source.originalOffsets)
                    guard body(chunk) else { return .skipped(.cancelled, detail: nil) }
                }
                if let short = source.shortfall(bytesRead: bytesRead) {
                    return .skipped(short.reason, detail: short.detail)
                }
                return .completed(bytesRead: source.originalBytesRead ?? bytesRead)
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
                reportFrom: reportFrom, reportUntil: reportUntil, isLast: false,
                originalOffsets: source.originalOffsets)
            guard body(chunk) else { return .skipped(.cancelled, detail: nil) }
            if nextCarry > 0 { memmove(base, base + (count - nextCarry), nextCarry) }
            fileOffset += count - nextCarry
            carried = nextCarry
            reportFrom = nextReportFrom
        }
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
