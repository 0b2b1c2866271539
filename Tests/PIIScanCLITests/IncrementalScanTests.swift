import Foundation
import PIIScanTestSupport
import Testing

/// Incremental rescans through the real binary: unchanged files are not read again, their findings carried over,
/// and the report is byte for byte a full scan's.
@Suite("IncrementalScan")
struct IncrementalScanTests {
    @Test func aRescanOfAnUnchangedTreeEqualsAFullScanByteForByte() throws {
        let tree = try TempTree([:])
        let corpus = try CorpusGenerator(seed: 11).generate(into: tree.root, targetBytes: 3 << 20)
        let piiscan = try PIIScanProcess()
        let first = try piiscan.run(["scan", ".", "--format", "jsonl"], in: tree.root)
        let second = try piiscan.run(["scan", ".", "--format", "jsonl"], in: tree.root)
        let full = try piiscan.run(["scan", ".", "--format", "jsonl", "--full", "--no-store"], in: tree.root)
        #expect(first.status == 1 && second.status == 1 && full.status == 1)
        #expect(try first.jsonLines().count > 20)
        #expect(second.findingLines == first.findingLines)
        #expect(full.findingLines == first.findingLines)
        let runs = try piiscan.run(["history", "--format", "json"]).runs()
        #expect(runs.count == 2)
        #expect(runs[1]["files_carried_over"] as? Int == corpus.files.count)
        #expect(runs[1]["files_scanned"] as? Int == 0)
        #expect(runs[1]["carried_from_run"] as? Int == runs[0]["id"] as? Int)
        #expect(runs[1]["findings"] as? Int == runs[0]["findings"] as? Int)
    }

    @Test func aChangedFileIsReadAgainAndTheOthersAreCarriedOver() throws {
        let tree = try TempTree(["a.txt": "mail ann@contoso.org\n", "b.txt": "mail bob@contoso.org\n", "c.txt": "x\n"])
        let piiscan = try PIIScanProcess()
        _ = try piiscan.run(["scan", ".", "--format", "jsonl"], in: tree.root)
        try tree.delete("a.txt")
        try tree.create("a.txt", "mail ann@contoso.org and carl@contoso.org\n")
        // Same size, new modification time: read again too.
        var times = [timespec(tv_sec: 1_000_000_000, tv_nsec: 5), timespec(tv_sec: 1_000_000_000, tv_nsec: 5)]
        #expect(utimensat(AT_FDCWD, tree.path("b.txt"), &times, 0) == 0)
        let rescan = try piiscan.run(["scan", ".", "--format", "json"], in: tree.root)
        let summary = try #require(try rescan.jsonObject()["summary"] as? [String: Any])
        #expect(summary["files_scanned"] as? Int == 2)
        #expect(summary["files_carried_over"] as? Int == 1)
        let findings = try #require(try rescan.jsonObject()["findings"] as? [[String: Any]])
        #expect(findings.count == 3)
        let full = try piiscan.run(["scan", ".", "--format", "json", "--full"], in: tree.root)
        #expect(try #require(full.jsonObject()["findings"] as? [[String: Any]]).count == 3)
        #expect(try #require(full.jsonObject()["summary"] as? [String: Any])["files_carried_over"] == nil)
        let text = try piiscan.run(["scan", ".", "--format", "text"], in: tree.root)
        #expect(text.stdout.contains("Carried over: 3 files unchanged since the last run"))
    }

    @Test func anotherConfigurationOrRevealReadsEverything() throws {
        let tree = try TempTree(["a.txt": "mail ann@contoso.org phone +44 20 7946 0958\n"])
        let piiscan = try PIIScanProcess()
        _ = try piiscan.run(["scan", ".", "--format", "json"], in: tree.root)
        for extra in [["--min-confidence", "0.6"], ["--only", "email"], ["--reveal"]] {
            let result = try piiscan.run(["scan", ".", "--format", "json"] + extra, in: tree.root)
            let summary = try #require(try result.jsonObject()["summary"] as? [String: Any])
            #expect(summary["files_carried_over"] == nil, "\(extra)")
            #expect(summary["files_scanned"] as? Int == 1)
        }
        #expect(try piiscan.run(["history", "--format", "json"]).runs().count == 4)
        let store = piiscan.scratch.path("home/history.db")
        let bytes = try TempTree.read(store) + ((try? TempTree.read(store + "-wal")) ?? [])
        #expect(!String(decoding: bytes, as: UTF8.self).contains("ann@contoso.org"))
    }

    @Test func noStoreRecordsNothing() throws {
        let tree = try TempTree(["a.txt": "mail ann@contoso.org\n"])
        let piiscan = try PIIScanProcess()
        let result = try piiscan.run(["scan", ".", "--format", "jsonl", "--no-store"], in: tree.root)
        #expect(result.status == 1)
        #expect(!FileManager.default.fileExists(atPath: piiscan.scratch.path("home/history.db")))
        #expect(try piiscan.run(["history"]).stdout == "No runs recorded.\n")
    }
}
