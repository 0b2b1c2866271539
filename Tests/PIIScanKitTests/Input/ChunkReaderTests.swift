import Foundation
import Glibc
import PIIScanTestSupport
import Testing

@testable import PIIScanKit

@Suite("ChunkReader")
struct ChunkReaderTests {
    /// A 20-byte token standing in for a pattern: found by a naive byte search, so the test checks only the carry rule.
    static let token = Array("TOKEN:0123456789:END".utf8)
    static let overlap = 20
    static let lookbehind = 8

    /// Every start offset of `token` in `bytes`.
    static func occurrences(in bytes: UnsafeRawBufferPointer, from: Int, until: Int) -> [Int] {
        var found: [Int] = []
        var start = from
        while start < until && start + token.count <= bytes.count {
            if bytes[start] == token[0] && token.indices.allSatisfy({ bytes[start + $0] == token[$0] }) {
                found.append(start)
            }
            start += 1
        }
        return found
    }

    /// Reads `path` and returns the file offsets of every token reported (starting in [reportFrom, reportUntil)),
    /// checking that the reported ranges tile the file and no chunk exceeds the buffer.
    static func reportedTokens(_ path: String, chunkSize: Int, fileSize: Int) -> [Int] {
        let reader = ChunkReader(chunkSize: chunkSize, overlap: overlap, lookbehind: lookbehind)
        var found: [Int] = []
        var reportedEnd = 0
        let outcome = reader.read(path) { chunk in
            #expect(chunk.bytes.count <= chunkSize)
            #expect(chunk.fileOffset + chunk.reportFrom == reportedEnd)
            #expect(chunk.reportFrom <= chunk.reportUntil)
            reportedEnd = chunk.reportedEnd
            // A token starting in the reported range must be whole in this chunk, or it would be cut.
            let cut = (chunk.reportFrom..<chunk.reportUntil).contains { start in
                start + token.count > chunk.bytes.count && start < chunk.bytes.count
                    && (start..<chunk.bytes.count).allSatisfy { chunk.bytes[$0] == token[$0 - start] }
            }
            #expect(!cut)
            found += occurrences(in: chunk.bytes, from: chunk.reportFrom, until: chunk.reportUntil)
                .map { chunk.fileOffset + $0 }
            return true
        }
        #expect(outcome == .completed(bytesRead: fileSize))
        #expect(reportedEnd == fileSize)
        return found
    }

    static func expectEveryTokenOnce(_ content: [UInt8], chunkSize: Int, in tree: TempTree) throws {
        let name = "f\(chunkSize)-\(content.count)"
        try tree.create(name, .bytes(content))
        defer { try? tree.delete(name) }
        let expected = content.withUnsafeBytes { occurrences(in: $0, from: 0, until: $0.count) }
        #expect(reportedTokens(tree.path(name), chunkSize: chunkSize, fileSize: content.count) == expected)
    }

    @Test(arguments: [29, 30, 31, 40, 53, 64, 97])
    func aTokenOnAGiantLineIsReportedOnceAtEveryBoundaryOffset(chunkSize: Int) throws {
        let tree = try TempTree()
        defer { tree.remove() }
        for position in 0..<(3 * chunkSize) {
            var content = [UInt8](repeating: UInt8(ascii: "a"), count: 4 * chunkSize + 50)
            content.replaceSubrange(position..<(position + Self.token.count), with: Self.token)
            try Self.expectEveryTokenOnce(content, chunkSize: chunkSize, in: tree)
            // Two tokens back to back, and a token at the very end of the file.
            content.replaceSubrange((position + 20)..<(position + 40), with: Self.token)
            content += Self.token
            try Self.expectEveryTokenOnce(content, chunkSize: chunkSize, in: tree)
        }
    }

    @Test(arguments: [29, 30, 31, 40, 53, 64, 97])
    func tokensOnLinesOfEveryLengthAreReportedOnce(chunkSize: Int) throws {
        let tree = try TempTree()
        defer { tree.remove() }
        var random = SplitMix(seed: UInt64(chunkSize))
        for _ in 0..<150 {
            var content: [UInt8] = []
            for _ in 0..<random.next(upTo: 12) {
                // Lines from empty to several buffers long, CRLF or LF, with up to three tokens each.
                var line = [UInt8](repeating: UInt8(ascii: "x"), count: random.next(upTo: 3 * chunkSize))
                for _ in 0..<random.next(upTo: 4) {
                    let at = random.next(upTo: line.count + 1)
                    line.insert(contentsOf: Self.token, at: at)
                }
                content += line + (random.next(upTo: 2) == 0 ? [0x0D, 0x0A] : [0x0A])
            }
            if random.next(upTo: 2) == 0 { content += Self.token }
            try Self.expectEveryTokenOnce(content, chunkSize: chunkSize, in: tree)
        }
    }

    @Test func chunksCarryTheTailAfterTheLastNewline() throws {
        let tree = try TempTree(["f": "abc\ndefgh\nij"])
        defer { tree.remove() }
        let reader = ChunkReader(chunkSize: 8, overlap: 2, lookbehind: 1)
        var chunks: [String] = []
        let outcome = reader.read(tree.path("f")) { chunk in
            chunks.append(
                "\(chunk.fileOffset):\(String(decoding: chunk.bytes, as: UTF8.self))"
                    + ":\(chunk.reportFrom)..<\(chunk.reportUntil):\(chunk.isLast)")
            return true
        }
        #expect(outcome == .completed(bytesRead: 12))
        #expect(chunks == ["0:abc\ndefg:0..<4:false", "4:defgh\nij:0..<6:false", "10:ij:0..<2:true"])
    }

    @Test func aGiantLineCarriesOverlapPlusLookbehind() throws {
        let tree = try TempTree(["f": "0123456789abcdefghij"])
        defer { tree.remove() }
        let reader = ChunkReader(chunkSize: 8, overlap: 2, lookbehind: 1)
        var chunks: [String] = []
        _ = reader.read(tree.path("f")) { chunk in
            chunks.append(
                "\(chunk.fileOffset):\(String(decoding: chunk.bytes, as: UTF8.self))"
                    + ":\(chunk.reportFrom)..<\(chunk.reportUntil)")
            return true
        }
        #expect(chunks == ["0:01234567:0..<6", "5:56789abc:1..<6", "10:abcdefgh:1..<6", "15:fghij:1..<5"])
    }

    @Test func anEmptyFileCompletesWithoutChunks() throws {
        let tree = try TempTree(["empty": ""])
        defer { tree.remove() }
        var calls = 0
        let outcome = ChunkReader(overlap: 20).read(tree.path("empty")) { _ in
            calls += 1
            return true
        }
        #expect(outcome == .completed(bytesRead: 0))
        #expect(calls == 0)
    }

    @Test func aNULInTheFirstFillIsBinary() throws {
        let tree = try TempTree(["bin": .bytes([0x41, 0x00, 0x42]), "late": .bytes(Array("abcdefghij\n".utf8) + [0])])
        defer { tree.remove() }
        let reader = ChunkReader(chunkSize: 8, overlap: 2, lookbehind: 1)
        var calls = 0
        #expect(
            reader.read(tree.path("bin")) { _ in
                calls += 1
                return true
            } == .skipped(.binary, detail: nil))
        #expect(calls == 0)
        // Only the first fill is sniffed: a NUL after it is just a byte.
        #expect(reader.read(tree.path("late")) { _ in true } == .completed(bytesRead: 12))
    }

    /// A text that is not valid UTF-8 is in a single-byte charset (Windows-1252 when nothing tells): read as UTF-8.
    @Test func invalidUTF8IsReadAsASingleByteCharset() throws {
        let line = "Grüße aus Köln\r\n"
        let tree = try TempTree(["f": .bytes(Array(line.data(using: .windowsCP1252)!))])
        defer { tree.remove() }
        var text: [UInt8] = []
        let outcome = ChunkReader(overlap: 4).read(tree.path("f")) { chunk in
            text += chunk.bytes
            return true
        }
        #expect(outcome == .completed(bytesRead: 16))
        #expect(text == Array(line.utf8))
    }

    @Test func stoppingIsCancelled() throws {
        let tree = try TempTree(["f": "line1\nline2\nline3\n"])
        defer { tree.remove() }
        var calls = 0
        let outcome = ChunkReader(chunkSize: 8, overlap: 2, lookbehind: 1).read(tree.path("f")) { _ in
            calls += 1
            return false
        }
        #expect(outcome == .skipped(.cancelled, detail: nil))
        #expect(calls == 1)
    }

    /// The file is cut short after the first chunk was delivered, so the size `fstat` gave at open is never reached.
    @Test func aFileThatShrinksWhileReadIsTruncatedAfterItsChunks() throws {
        let line = String(repeating: "x", count: 99) + "\n"
        let tree = try TempTree(["shrinks.txt": .text(String(repeating: line, count: 10))])
        defer { tree.remove() }
        var delivered = 0
        let outcome = ChunkReader(chunkSize: 256, overlap: 4).read(tree.path("shrinks.txt")) { chunk in
            if delivered == 0 { #expect(truncate(tree.path("shrinks.txt"), 300) == 0) }
            delivered += chunk.reportUntil - chunk.reportFrom
            return true
        }
        #expect(outcome == .skipped(.truncated, detail: "shrank while read: 300 of 1000 bytes"))
        #expect(delivered == 300)
    }

    /// sysfs files claim a size of 4096 bytes and hold fewer; their size never changes, so nothing shrank.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/sys/kernel/mm/transparent_hugepage/enabled")))
    func aPseudoFileShorterThanItsNominalSizeIsComplete() throws {
        let path = "/sys/kernel/mm/transparent_hugepage/enabled"
        var status = stat()
        try #require(stat(path, &status) == 0 && status.st_size == 4096)
        let outcome = ChunkReader(overlap: 4).read(path) { _ in true }
        guard case .completed(let bytesRead) = outcome else {
            Issue.record("outcome: \(outcome)")
            return
        }
        #expect(bytesRead > 0 && bytesRead < 4096)
    }

    @Test func aFileThatGrowsWhileReadIsReadToItsNewEnd() throws {
        let tree = try TempTree(["grows.log": .text(String(repeating: "line\n", count: 100))])
        defer { tree.remove() }
        var first = true
        let outcome = ChunkReader(chunkSize: 128, overlap: 4).read(tree.path("grows.log")) { _ in
            if first {
                first = false
                let handle = FileHandle(forUpdatingAtPath: tree.path("grows.log"))
                handle?.seekToEndOfFile()
                handle?.write(Data("more\n".utf8))
                try? handle?.close()
            }
            return true
        }
        #expect(outcome == .completed(bytesRead: 505))
    }

    @Test func aFileRemovedBetweenWalkAndReadIsVanished() throws {
        let tree = try TempTree(["gone.txt": "x"])
        defer { tree.remove() }
        var entries: [FileEntry] = []
        try FileTreeWalker(root: tree.root, options: WalkOptions()).walk { event in
            if case .file(let entry) = event { entries.append(entry) }
            return true
        }
        try tree.delete("gone.txt")
        #expect(entries.count == 1)
        let outcome = ChunkReader(overlap: 4).read(entries[0].path) { _ in true }
        #expect(outcome == .skipped(.vanished, detail: InputError.describe(ENOENT)))
    }

    @Test(.enabled(if: FilesystemUser.canSwitch, "needs root and setfsuid"))
    func anUnreadableFileIsPermissionDenied() throws {
        let tree = try TempTree(["secret.txt": "x", "mine.txt": "y"])
        defer { tree.remove() }
        try tree.setMode("", 0o755)
        try tree.setMode("secret.txt", 0o000)
        let reader = ChunkReader(overlap: 4)
        let outcomes = FilesystemUser.asNobody {
            [reader.read(tree.path("secret.txt")) { _ in true }, reader.read(tree.path("mine.txt")) { _ in true }]
        }
        // mine.txt is not owned by nobody: O_NOATIME is refused with EPERM and the reader retries without it.
        #expect(
            outcomes == [.skipped(.permissionDenied, detail: InputError.describe(EACCES)), .completed(bytesRead: 1)])
    }

    @Test func aReadErrorIsSkippedNotFatal() {
        // /proc/self/mem is a regular file whose offset 0 is unmapped memory: read(2) fails with EIO.
        let outcome = ChunkReader(overlap: 4).read("/proc/self/mem") { _ in true }
        #expect(outcome == .skipped(.readError, detail: InputError.describe(EIO)))
    }

    /// Memory stays flat because the reader never grows its one buffer; the peak RSS of a whole scan of such a
    /// file is checked end to end in the CLI tests (`MemoryTests`), where no other test shares the process.
    @Test func aTwoHundredMegabyteLineIsReadThroughOneFixedBuffer() throws {
        let tree = try TempTree()
        defer { tree.remove() }
        let block = 1 << 20
        let blocks = 200
        let chunk = [UInt8](repeating: UInt8(ascii: "7"), count: block - Self.token.count) + Self.token
        let path = tree.path("giant.txt")
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        #expect(fd >= 0)
        for _ in 0..<blocks {
            #expect(chunk.withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) } == block)
        }
        close(fd)
        defer { unlink(path) }

        let reader = ChunkReader(chunkSize: block, overlap: Self.overlap)
        var tokens = 0
        var buffers = Set<UnsafeRawPointer?>()
        let outcome = reader.read(path) { chunk in
            #expect(chunk.bytes.count <= block)
            buffers.insert(chunk.bytes.baseAddress)
            tokens += Self.occurrences(in: chunk.bytes, from: chunk.reportFrom, until: chunk.reportUntil).count
            return true
        }
        #expect(outcome == .completed(bytesRead: block * blocks))
        #expect(tokens == blocks)
        #expect(buffers.count == 1)
        #expect(reader.capacity == block)
    }
}

/// A small deterministic pseudo-random generator, so generated test files are the same on every run.
struct SplitMix {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next(upTo bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return bound <= 0 ? 0 : Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
