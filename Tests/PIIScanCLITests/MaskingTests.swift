import Foundation
import PIIScanTestSupport
import Testing

/// Raw values never appear in a report unless `--reveal` is given.
@Suite("Masking")
struct MaskingTests {
    @Test("no raw value in any format without --reveal", arguments: ["jsonl", "json", "sarif", "text"])
    func maskedByDefault(format: String) throws {
        let tree = try TempTree(CLIFixture.smallTree)
        let result = try PIIScanProcess().run(["scan", ".", "--format", format, "--jobs", "1"], in: tree.root)
        #expect(result.status == 1)
        for value in CLIFixture.smallTreeValues {
            #expect(!result.stdout.contains(value), "\(format) shows a raw value")
            #expect(!result.stderr.contains(value))
        }
        #expect(result.stdout.contains("**** **** **** 6467"))
        #expect(result.stdout.contains("j***@n***.com"))
    }

    @Test("--reveal shows every raw value", arguments: ["jsonl", "json", "sarif", "text"])
    func revealShowsValues(format: String) throws {
        let tree = try TempTree(CLIFixture.smallTree)
        let result = try PIIScanProcess().run(
            ["scan", ".", "--format", format, "--jobs", "1", "--reveal"], in: tree.root)
        #expect(result.status == 1)
        for value in CLIFixture.smallTreeValues {
            #expect(result.stdout.contains(value), "\(format) hides '\(value)' despite --reveal")
        }
    }

    @Test("--reveal adds a value field to jsonl records and keeps the masked evidence")
    func revealField() throws {
        let tree = try TempTree(CLIFixture.smallTree)
        let result = try PIIScanProcess().run(
            ["scan", ".", "--jobs", "1", "--reveal", "--only", "credit_card"], in: tree.root)
        let record = try #require(try result.jsonLines().first)
        #expect(record["value"] as? String == "4539 1488 0343 6467")
        #expect(record["evidence"] as? String == "**** **** **** 6467")
    }
}
