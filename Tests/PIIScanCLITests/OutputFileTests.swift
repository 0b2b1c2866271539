import Foundation
import PIIScanTestSupport
import Testing

/// `--output FILE`: owner-only permissions and the format taken from the extension.
@Suite("Report file")
struct OutputFileTests {
    @Test(
        "--output creates the file with mode 0600 in the format of its extension",
        arguments: ["report.sarif", "report.json", "report.jsonl", "report.txt"])
    func outputFile(name: String) throws {
        let tree = try TempTree(CLIFixture.smallTree)
        let out = try TempTree([:])
        let result = try PIIScanProcess().run(["scan", ".", "--jobs", "1", "--output", out.path(name)], in: tree.root)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        var status = stat()
        #expect(stat(out.path(name), &status) == 0)
        #expect(status.st_mode & 0o777 == 0o600)
        let text = String(decoding: try TempTree.read(out.path(name)), as: UTF8.self)
        switch name {
        case "report.sarif":
            let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            #expect(log["version"] as? String == "2.1.0")
            let run = try #require((log["runs"] as? [[String: Any]])?.first)
            #expect((run["results"] as? [Any])?.count == 6)
        case "report.json":
            let report = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            #expect((report["findings"] as? [Any])?.count == 6)
            #expect((report["summary"] as? [String: Any])?["files_scanned"] as? Int == 3)
        case "report.jsonl":
            let lines = text.split(separator: "\n")
            #expect(lines.count == 7)
            #expect(lines.dropLast().allSatisfy { $0.hasPrefix(#"{"category":"#) })
            #expect(lines.last?.hasPrefix(#"{"summary":"#) == true)
        default:
            #expect(text.hasPrefix("notes.txt\n"))
            #expect(text.contains("\nSummary\n"))
        }
    }

    @Test("an existing report file is replaced and made owner-only")
    func existingFileIsReplaced() throws {
        let tree = try TempTree(CLIFixture.smallTree)
        let out = try TempTree(["report.jsonl": "old contents that are longer than nothing\n"])
        try out.setMode("report.jsonl", 0o644)
        let result = try PIIScanProcess().run(
            ["scan", ".", "--jobs", "1", "-o", out.path("report.jsonl"), "--only", "credit_card"], in: tree.root)
        #expect(result.status == 1)
        let text = String(decoding: try TempTree.read(out.path("report.jsonl")), as: UTF8.self)
        #expect(text.split(separator: "\n").count == 2)
        #expect(!text.contains("old contents"))
        var status = stat()
        #expect(stat(out.path("report.jsonl"), &status) == 0)
        #expect(status.st_mode & 0o777 == 0o600)
    }

    @Test("an output file in a missing directory exits 3")
    func unwritableOutput() throws {
        let tree = try TempTree(CLIFixture.smallTree)
        let result = try PIIScanProcess().run(
            ["scan", ".", "-o", tree.path("no/such/dir/report.json")], in: tree.root)
        #expect(result.status == 3)
        #expect(result.stderr.hasPrefix("piiscan: error: "))
    }
}
