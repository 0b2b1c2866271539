@testable import PIIScanKit

/// The JSON field trackers: the input is the file, split into chunks whose size the first byte chooses.
/// Asking for the field of every byte must give the same answers whatever the chunking (one chunk is the
/// reference), and asking again for an earlier offset of the chunk must not fail.
struct FieldTrackerTarget: FuzzTarget {
    let fileName: String

    func run(_ input: [UInt8]) {
        guard let first = input.first else { return }
        let file = Array(input.dropFirst())
        let whole = fields(of: file, chunkSize: max(1, file.count))
        let chunked = fields(of: file, chunkSize: Int(first % 64) + 1)
        precondition(whole == chunked, "field names depend on the chunking")
    }

    /// The field of every byte, read chunk by chunk as `ChunkReader` hands them out (no overlap).
    private func fields(of file: [UInt8], chunkSize: Int) -> [String?] {
        guard let tracker = FieldTracker.make(forPath: fileName, naming: .verbatim) else {
            preconditionFailure("not structured")
        }
        var names: [String?] = []
        names.reserveCapacity(file.count)
        FuzzChunks.forEach(file, size: chunkSize) { chunk in
            let start = chunk.fileOffset
            for offset in start..<(start + chunk.bytes.count) {
                names.append(tracker.field(atFileOffset: offset, in: chunk))
            }
            let replayed = tracker.field(atFileOffset: start, in: chunk)
            precondition(replayed == names[start], "replaying a chunk changed its first field")
            tracker.consume(chunk)
        }
        return names
    }
}
