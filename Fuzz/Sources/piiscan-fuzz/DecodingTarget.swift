@testable import PIIScanKit

/// `DecodingSource` under `ChunkReader`: the input is a file read a few bytes at a time (the first byte chooses
/// how many) into a small buffer. The text handed on must be the same whatever the read size (one read is the
/// reference), valid UTF-8 when decoded, and its offsets must map into the input, never backwards.
struct DecodingTarget: FuzzTarget {
    func run(_ input: [UInt8]) {
        guard let first = input.first else { return }
        let file = Array(input.dropFirst())
        let whole = read(file, readSize: max(1, file.count))
        let pieces = read(file, readSize: Int(first % 16) + 1)
        precondition(whole == pieces, "decoded text depends on the read size")
    }

    /// A file in memory, read `readSize` bytes at a time.
    private final class MemorySource: ByteSource {
        let bytes: [UInt8]
        let readSize: Int
        var position = 0

        init(_ bytes: [UInt8], readSize: Int) {
            (self.bytes, self.readSize) = (bytes, readSize)
        }

        func read(into destination: UnsafeMutableRawPointer, count: Int) -> ByteRead {
            let take = min(count, readSize, bytes.count - position)
            bytes[position..<position + take].withUnsafeBytes {
                destination.copyMemory(from: $0.baseAddress!, byteCount: take)
            }
            position += take
            return .bytes(take)
        }

        func shortfall(bytesRead: Int) -> (reason: SkipReason, detail: String)? { nil }
    }

    private func read(_ file: [UInt8], readSize: Int) -> [UInt8] {
        var source = MemorySource(file, readSize: readSize)
        var text: [UInt8] = []
        var lastOriginal = 0
        var decoded = false
        _ = ChunkReader(chunkSize: 64, overlap: 8, lookbehind: 4).read(from: &source) { chunk in
            text += chunk.bytes[chunk.reportFrom..<chunk.reportUntil]
            guard chunk.originalOffsets != nil else { return true }
            decoded = true
            for offset in (chunk.fileOffset + chunk.reportFrom)...(chunk.fileOffset + chunk.reportUntil) {
                let original = chunk.originalSpan(offset, offset).start
                precondition(original >= lastOriginal && original <= file.count, "offsets map outside the input")
                lastOriginal = original
            }
            return true
        }
        precondition(!decoded || String(validating: text, as: UTF8.self) != nil, "decoded text is not UTF-8")
        return text
    }
}
