import Foundation
import PIIScanTestSupport
import Testing

/// `piiscan history` through the real binary.
@Suite("HistoryCommand")
struct HistoryCommandTests {
    @Test func listsRunsAsATableAndAsJSONWithALimit() throws {
        let tree = try TempTree(["a.txt": "mail ann@contoso.org\n"])
        let piiscan = try PIIScanProcess()
        for _ in 0..<3 { _ = try piiscan.run(["scan", ".", "--format", "jsonl"], in: tree.root) }
        let table = try piiscan.run(["history"])
        #expect(table.status == 0)
        let lines = table.stdout.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("RUN  STARTED (UTC)"))
        #expect(lines[3].contains("complete") && lines[3].hasSuffix("  .") && !table.stdout.contains("ann@"))
        let limited = try piiscan.run(["history", "--format", "json", "--limit", "2"]).runs()
        #expect(limited.map { $0["id"] as? Int } == [2, 3])
        #expect(limited[1]["findings"] as? Int == 1 && limited[1]["files_carried_over"] as? Int == 1)
        let lines2 = try piiscan.run(["history", "--format", "jsonl"]).stdout.split(separator: "\n")
        #expect(lines2.count == 3)
    }

    /// `mem` links to /proc/self/mem, whose read fails with EIO even for root: an item that could not be read.
    @Test func aScanThatCouldNotReadAnItemIsIncompleteUnlessSkipsAreAllowed() throws {
        let tree = try TempTree(["a.txt": "mail ann@contoso.org\n", "mem": .symlink("/proc/self/mem")])
        let piiscan = try PIIScanProcess()
        let scan = ["scan", ".", "--follow-symlinks", "--format", "jsonl"]
        #expect(try piiscan.run(scan, in: tree.root).status == 3)
        #expect(try piiscan.run(scan + ["--allow-skips"], in: tree.root).status == 1)
        let runs = try piiscan.run(["history", "--format", "json"]).runs()
        #expect(runs.map { $0["status"] as? String } == ["incomplete", "complete"])
    }

    @Test func writesToAnOwnerOnlyFileChosenByExtension() throws {
        let piiscan = try PIIScanProcess()
        let tree = try TempTree(["a.txt": "x\n"])
        _ = try piiscan.run(["scan", "."], in: tree.root)
        let output = piiscan.scratch.path("runs.json")
        #expect(try piiscan.run(["history", "-o", output]).status == 0)
        let runs = try JSONSerialization.jsonObject(with: Data(try TempTree.read(output))) as? [[String: Any]]
        #expect(runs?.count == 1)
        var info = stat()
        #expect(stat(output, &info) == 0 && info.st_mode & 0o777 == 0o600)
    }

    @Test func storeErrorsMapToExitCodesWithoutCredentials() throws {
        let piiscan = try PIIScanProcess()
        let bad = try piiscan.run(["history", "--store", "mysql://u:hunter2@h/db"])
        #expect(bad.status == 2 && !bad.stderr.contains("hunter2"))
        let unreachable = try piiscan.run(
            ["history", "--store", "postgres://u:hunter2@127.0.0.1:1/db?connect_timeout=2"])
        #expect(unreachable.status == 3 && !unreachable.stderr.contains("hunter2"))
        #expect(unreachable.stderr.contains("postgres://127.0.0.1:1/db"))
        let notADatabase = try TempTree([
            "history.db": "this is not sqlite, but long enough to have a header......."
                + String(repeating: "x", count: 200)
        ])
        let corrupt = try piiscan.run(["history", "--store", "sqlite:" + notADatabase.path("history.db")])
        #expect(corrupt.status == 3)
        #expect(corrupt.stderr.contains(notADatabase.path("history.db")))
        let tree = try TempTree(["a.txt": "x\n"])
        let scan = try piiscan.run(
            ["scan", ".", "--store", "sqlite:" + notADatabase.path("history.db")], in: tree.root)
        #expect(scan.status == 3)
        #expect(try piiscan.run(["history", "--limit", "0"]).status == 2)
    }
}
