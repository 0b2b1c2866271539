/// Field names for JSON and NDJSON files: key paths such as `$.customer.email` or `$.items[2].phone`. Tracks the
/// structure incrementally, chunk by chunk, like `LineCounter`. (Delimited files have `DelimitedFile`.)
package final class FieldTracker {
    private var state: any FieldState
    /// Bytes before this file offset have been fed to `state`.
    private var position = 0
    /// `state` where the current chunk's reported range starts, to answer out-of-order offsets.
    private var chunkStartState: any FieldState
    private var chunkStart = 0

    private init(_ state: any FieldState) {
        self.state = state
        chunkStartState = state
    }

    /// nil when the file is not JSON (by extension: .json .ndjson .jsonl, any case). Keys go through `naming`.
    package static func make(forPath path: String, naming: FieldNaming) -> FieldTracker? {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: ".") else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "json": return FieldTracker(JSONFieldState(resetsAtNewline: false, naming: naming))
        case "ndjson", "jsonl": return FieldTracker(JSONFieldState(resetsAtNewline: true, naming: naming))
        default: return nil
        }
    }

    /// A tracker for one JSON document (a database column value), whatever its file name.
    package static func jsonDocument(naming: FieldNaming) -> FieldTracker {
        FieldTracker(JSONFieldState(resetsAtNewline: false, naming: naming))
    }

    /// The field containing the byte at `fileOffset`, which must lie in `chunk`'s reported range; nil when unknown
    /// (a top-level JSON scalar). Offsets are expected in non-decreasing
    /// order; an earlier one is answered by replaying the chunk from the start of its reported range.
    package func field(atFileOffset fileOffset: Int, in chunk: Chunk) -> String? {
        if fileOffset < position {
            guard fileOffset >= chunkStart else { return nil }
            state = chunkStartState
            position = chunkStart
        }
        advance(to: fileOffset, in: chunk)
        return state.field
    }

    /// Feeds the chunk's reported range; call once after each chunk, findings or not.
    package func consume(_ chunk: Chunk) {
        advance(to: chunk.reportedEnd, in: chunk)
        chunkStartState = state
        chunkStart = position
    }

    private func advance(to target: Int, in chunk: Chunk) {
        let start = max(position, chunk.fileOffset) - chunk.fileOffset
        let end = min(target, chunk.fileOffset + chunk.bytes.count) - chunk.fileOffset
        guard start < end else { return }
        var from = start
        if state.resetsAtNewline {
            // Only the bytes after the last newline matter: skip the lines before it without parsing them.
            let bytes = chunk.bytes
            var index = end
            while index > start {
                index -= 1
                if bytes[index] == UInt8(ascii: "\n") {
                    state.reset()
                    from = index + 1
                    break
                }
            }
        }
        state.feed(UnsafeRawBufferPointer(rebasing: chunk.bytes[from..<end]).assumingMemoryBound(to: UInt8.self))
        position = chunk.fileOffset + end
    }
}

/// The incremental parser behind a `FieldTracker`: fed consecutive byte ranges of the file, it names the field
/// that the next byte belongs to.
protocol FieldState {
    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>)
    var field: String? { get }
    /// True when a newline always starts afresh (NDJSON): the tracker then skips whole lines and calls `reset`.
    var resetsAtNewline: Bool { get }
    mutating func reset()
}
