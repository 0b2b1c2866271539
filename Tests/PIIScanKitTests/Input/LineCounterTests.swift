import PIIScanTestSupport
import Testing

@testable import PIIScanKit

@Suite("LineCounter")
struct LineCounterTests {
    /// The 1-based line and byte column of every offset, computed over the whole file.
    static func naivePositions(_ content: [UInt8]) -> [(line: Int, column: Int)] {
        var positions: [(line: Int, column: Int)] = []
        var line = 1
        var column = 1
        for byte in content {
            positions.append((line, column))
            if byte == 0x0A {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return positions
    }

    @Test(arguments: [12, 13, 17, 32, 61])
    func matchesANaiveCountAtEveryOffsetAcrossChunks(chunkSize: Int) throws {
        var random = SplitMix(seed: UInt64(chunkSize) * 7)
        var content: [UInt8] = []
        for _ in 0..<60 {
            content += [UInt8](repeating: UInt8(ascii: "x"), count: random.next(upTo: 3 * chunkSize))
            content += random.next(upTo: 3) == 0 ? [0x0D, 0x0A] : [0x0A]
        }
        content += Array("tail without newline".utf8)
        let tree = try TempTree(["f": .bytes(content)])
        defer { tree.remove() }
        let expected = Self.naivePositions(content)
        // Query every reported offset of every other chunk only: the skipped chunks must still be counted.
        var counter = LineCounter()
        var chunkIndex = 0
        var mismatches = 0
        var queried = 0
        _ = ChunkReader(chunkSize: chunkSize, overlap: 4, lookbehind: 3).read(tree.path("f")) { chunk in
            if chunkIndex % 2 == 0 {
                for offset in chunk.reportFrom..<chunk.reportUntil {
                    let position = counter.position(ofFileOffset: chunk.fileOffset + offset, in: chunk)
                    if position != expected[chunk.fileOffset + offset] { mismatches += 1 }
                    queried += 1
                }
            }
            counter.consume(chunk)
            chunkIndex += 1
            return true
        }
        #expect(mismatches == 0)
        #expect(queried > content.count / 3)
    }

    @Test func answersAnEarlierOffsetInTheSameChunk() throws {
        let tree = try TempTree(["f": "ab\ncd\r\nef\ngh"])
        defer { tree.remove() }
        var positions: [String] = []
        _ = ChunkReader(chunkSize: 64, overlap: 4, lookbehind: 4).read(tree.path("f")) { chunk in
            var counter = LineCounter()
            for offset in [10, 1, 8, 4, 11] {
                let position = counter.position(ofFileOffset: offset, in: chunk)
                positions.append("\(position.line):\(position.column)")
            }
            return true
        }
        #expect(positions == ["4:1", "1:2", "3:2", "2:2", "4:2"])
    }
}
