import Foundation
import Glibc
import PIIScanTestSupport
import Testing

@testable import PIIScanKit

/// One worker on one file: what it hands back when reading ends early.
@Suite("ScanWorker")
struct ScanWorkerTests {
    static let catalog = try! CatalogLoader.loadBundled()
    static let key = try! FingerprintKey.load(fromHex: String(repeating: "ab", count: 32))

    private static func worker(chunkSize: Int, beforeEachChunk: @escaping () -> Bool) -> ScanWorker {
        var options = ScanOptions()
        options.chunkSize = chunkSize
        let engine = Engine(catalog: catalog, fingerprinter: Fingerprinter(key: key), reveal: false)
        return ScanWorker(engine: engine, options: options, progress: ScanProgress(), isCancelled: beforeEachChunk)
    }

    private static func item(_ path: String) throws -> ScanItem {
        var status = stat()
        try #require(stat(path, &status) == 0)
        let file = FileStatus(status)
        return ScanItem(
            sequence: 0,
            file: FileEntry(
                path: path, displayPath: "shrinks.txt", size: file.size, modificationTime: file.modificationTime,
                modificationTimeNanoseconds: file.modificationTimeNanoseconds, inode: file.inode, device: file.device),
            displayPath: "shrinks.txt")
    }

    /// The cancellation check runs before each chunk: the first call cuts the file short, deterministically.
    @Test func aFileThatShrinksWhileReadKeepsWhatWasFoundAndIsAFailureSkip() throws {
        let line = "mail ann.lee@northwind-bikes.co.uk now\n"
        let tree = try TempTree(["shrinks.txt": .text(String(repeating: line, count: 200))])
        let path = tree.path("shrinks.txt")
        var calls = 0
        let worker = Self.worker(chunkSize: 4096) {
            calls += 1
            if calls == 1 { _ = truncate(path, off_t(line.utf8.count * 150)) }
            return false
        }
        let result = worker.scan(try Self.item(path)) { _ in Issue.record("150 findings make no part") }
        let skipped = try #require(result.skipped)
        #expect(skipped.reason == .truncated)
        #expect(skipped.isFailure)
        #expect(skipped.detail == "shrank while read: \(line.utf8.count * 150) of \(line.utf8.count * 200) bytes")
        #expect(result.findings.count == 150)
        #expect(result.findings.allSatisfy { $0.type == "email" })
        #expect(result.stamp == nil)
    }

    @Test func aCancelledFileReportsNothing() throws {
        let tree = try TempTree([
            "shrinks.txt": .text(String(repeating: "mail ann.lee@northwind-bikes.co.uk\n", count: 200))
        ])
        var calls = 0
        let worker = Self.worker(chunkSize: 4096) {
            calls += 1
            return calls > 1
        }
        let result = worker.scan(try Self.item(tree.path("shrinks.txt"))) { _ in }
        #expect(result.skipped?.reason == .cancelled)
        #expect(result.findings.isEmpty)
    }
}
