import Glibc

/// Maps file byte offsets to 1-based line and byte column, counting newlines incrementally chunk by chunk.
///
/// Newlines are counted only up to each chunk's reported end (`consume`), which is where the next chunk's reported
/// range starts, so carried bytes are never counted twice. Offsets are expected in non-decreasing order; an earlier
/// offset within the current chunk is still answered correctly, by counting back.
package struct LineCounter {
    /// The 1-based line of `countedUpTo`.
    private var line = 1
    /// The file offset where that line starts.
    private var lineStart = 0
    /// Newlines before this file offset are counted.
    private var countedUpTo = 0
    /// The counter as it was when the current chunk's reported range started, for out-of-order offsets.
    private var chunkStart = 0
    private var chunkStartLine = 1
    private var chunkStartLineStart = 0

    package init() {}

    /// The line and byte column (both 1-based) of the byte at `fileOffset`, which must lie in `chunk`.
    package mutating func position(ofFileOffset fileOffset: Int, in chunk: Chunk) -> (line: Int, column: Int) {
        if fileOffset >= countedUpTo {
            advance(to: fileOffset, in: chunk)
            return (line, fileOffset - lineStart + 1)
        }
        if fileOffset >= lineStart || fileOffset < chunkStart { return (line, fileOffset - lineStart + 1) }
        return positionBehind(fileOffset, in: chunk)
    }

    /// Counts the newlines of the chunk's reported range; call once after each chunk, findings or not.
    package mutating func consume(_ chunk: Chunk) {
        advance(to: chunk.reportedEnd, in: chunk)
        chunkStart = countedUpTo
        chunkStartLine = line
        chunkStartLineStart = lineStart
    }

    private mutating func advance(to target: Int, in chunk: Chunk) {
        let base = chunk.bytes.baseAddress!
        var index = max(countedUpTo, chunk.fileOffset) - chunk.fileOffset
        let end = min(target, chunk.fileOffset + chunk.bytes.count) - chunk.fileOffset
        while index < end, let found = memchr(base + index, 0x0A, end - index) {
            index = base.distance(to: UnsafeRawPointer(found)) + 1
            line += 1
            lineStart = chunk.fileOffset + index
        }
        countedUpTo = max(countedUpTo, chunk.fileOffset + end)
    }

    /// An offset before the current line (out of order): count forward from where this chunk's reported range
    /// started, without moving the counter.
    private func positionBehind(_ fileOffset: Int, in chunk: Chunk) -> (line: Int, column: Int) {
        var counter = LineCounter()
        counter.line = chunkStartLine
        counter.lineStart = chunkStartLineStart
        counter.countedUpTo = chunkStart
        counter.advance(to: fileOffset, in: chunk)
        return (counter.line, fileOffset - counter.lineStart + 1)
    }
}
