@testable import PIIScanKit

/// Cuts a fuzz input into chunks of `size` bytes as `ChunkReader` would hand them out (no overlap, every byte
/// reported once) and calls `body` with each, in order.
enum FuzzChunks {
    static func forEach(_ input: [UInt8], size: Int, _ body: (Chunk) -> Void) {
        input.withUnsafeBytes { raw in
            var start = 0
            while start < raw.count {
                let end = min(raw.count, start + size)
                body(
                    Chunk(
                        bytes: UnsafeRawBufferPointer(rebasing: raw[start..<end]), fileOffset: start, reportFrom: 0,
                        reportUntil: end - start, isLast: end == raw.count))
                start = end
            }
        }
    }
}
