import Foundation
import PIIScanTestSupport
import Testing

/// Each `--format` on the small fixed tree, compared with the golden files in `Fixtures/expected/`.
@Suite("Report formats")
struct FormatTests {
    @Test(
        "each format matches its golden file",
        arguments: [("jsonl", "small.jsonl"), ("json", "small.json"), ("sarif", "small.sarif"), ("text", "small.txt")])
    func golden(format: String, golden: String) throws {
        let tree = try TempTree(CLIFixture.smallTree)
        let piiscan = try PIIScanProcess()
        let result = try piiscan.run(
            ["scan", ".", "--format", format, "--jobs", "1", "--color", "never"], in: tree.root)
        #expect(result.status == 1)
        #expect(result.stderr == "")
        let version = try piiscan.run(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(!version.isEmpty)
        try GoldenFile.check(GoldenFile.stabilised(result.stdout, version: version), against: golden)
    }

    @Test("jsonl is the same with --jobs 1 and --jobs 2", arguments: ["small", "examples"])
    func jobsDoNotChangeTheReport(treeName: String) throws {
        let tree = try TempTree(CLIFixture.smallTree)
        let root = treeName == "small" ? tree.root : CLIFixture.examples
        let piiscan = try PIIScanProcess()
        let serial = try piiscan.run(["scan", ".", "--format", "jsonl", "--jobs", "1"], in: root)
        let parallel = try piiscan.run(["scan", ".", "--format", "jsonl", "--jobs", "2"], in: root)
        #expect(serial.status == 1)
        #expect(parallel.status == 1)
        #expect(serial.stdout.split(separator: "\n").count >= 6)
        // The summary lines differ: duration, and the second run carries the files over from the first.
        #expect(serial.findingLines == parallel.findingLines)
    }

    @Test("without --format and --output, a pipe gets jsonl")
    func defaultFormatOnAPipeIsJSONLines() throws {
        let tree = try TempTree(CLIFixture.smallTree)
        let result = try PIIScanProcess().run(["scan", ".", "--jobs", "1"], in: tree.root)
        let lines = try result.jsonLines()
        #expect(lines.count == 6)
        #expect(
            lines.map { $0["type"] as? String } == [
                "email", "credit_card", "email", "ip_address", "person_name", "email",
            ])
    }

    @Test("every finding record carries the contract fields")
    func findingRecordFields() throws {
        let tree = try TempTree(CLIFixture.smallTree)
        let result = try PIIScanProcess().run(["scan", ".", "--jobs", "1"], in: tree.root)
        let required: Set = [
            "type", "category", "detector", "confidence", "evidence", "fingerprint", "source", "path", "line",
            "column", "start", "end",
        ]
        for record in try result.jsonLines() {
            #expect(required.isSubset(of: Set(record.keys)), "keys: \(record.keys.sorted())")
            #expect(record["source"] as? String == "file")
            #expect((record["fingerprint"] as? String)?.count == 64)
        }
    }
}
