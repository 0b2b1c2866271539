import Foundation
import PIIScanTestSupport
import Testing

/// What a database scan's report says about its samples: how each table was drawn (with the seed), values cut
/// at `--max-value-bytes`, and that `--sample-seed` repeats a sample while a scan without it draws a new one.
@Suite("Database sample reports")
struct DatabaseSampleReportCLITests {
    /// `people`: 5,000 rows (sampled in rowid ranges at `--sample-rows 100`); `docs`: ten XML documents, three of
    /// them longer than 64 bytes with a second address at their end.
    private static func database() throws -> SQLiteFixture {
        let fixture = try SQLiteFixture(name: "crm.db")
        try fixture.execute(
            "CREATE TABLE people (id INTEGER PRIMARY KEY, email TEXT); CREATE TABLE docs (id INTEGER PRIMARY KEY, body TEXT)"
        )
        try fixture.insert(
            into: "people", columns: ["email"], rows: (1...5000).map { ["ann\($0).lee@northwind-bikes.co.uk"] })
        let padding = String(repeating: "<p>lorem ipsum</p>", count: 10)
        try fixture.insert(
            into: "docs", columns: ["body"],
            rows: (1...10).map { index in
                let body = "<to>bo\(index).ray@northwind-bikes.co.uk</to>"
                return [index <= 3 ? "<doc>\(body)\(padding)<cc>cy\(index)@mail.example.org</cc></doc>" : body]
            })
        fixture.finish()
        return fixture
    }

    private static func scan(
        _ fixture: SQLiteFixture, _ extra: [String] = [], with piiscan: PIIScanProcess? = nil
    ) throws -> PIIScanResult {
        try (piiscan ?? PIIScanProcess()).run(
            ["scan", fixture.target, "--format", "jsonl", "--sample-rows", "100", "--max-value-bytes", "64"]
                + extra + ["--fail-on", "none"])
    }

    private static func finding(_ result: PIIScanResult, table: String) throws -> [String: Any] {
        try #require(
            try result.jsonLines().first { $0["table"] as? String == table && $0["type"] as? String == "email" })
    }

    @Test func eachColumnSaysHowItsTableWasSampledAndWhatWasCut() throws {
        let fixture = try Self.database()
        let result = try Self.scan(fixture, ["--sample-seed", "42"])
        #expect(result.status == 0, "cut values are a deliberate skip, not a failure")
        let people = try Self.finding(result, table: "people")
        #expect((people["sample"] as? String)?.hasPrefix("rowid ranges ×") == true)
        #expect((people["sample"] as? String)?.hasSuffix(", seed 42") == true)
        #expect(people["values_truncated"] == nil)
        let docs = try Self.finding(result, table: "docs")
        #expect(docs["sample"] as? String == "whole table")
        #expect(docs["values_truncated"] as? Int == 3)
        let skipped = try #require(try result.jsonLinesSummary()["skipped"] as? [[String: Any]])
        let cut = try #require(skipped.first { $0["reason"] as? String == "values_truncated" })
        #expect(cut["item"] as? String == fixture.target + "/main.docs")
        #expect(cut["detail"] as? String == "column #2: 3 of 10 values cut at 64 bytes")
        #expect(cut["failure"] as? Bool == false)
        #expect(!result.stdout.contains("mail.example.org"), "no value of a cut part appears anywhere")
    }

    @Test func aSeedRepeatsTheSampleAndNoSeedDrawsANewOne() throws {
        let fixture = try Self.database()
        let piiscan = try PIIScanProcess()
        let findings = { (result: PIIScanResult) in result.stdout.split(separator: "\n").dropLast() }
        let seeded = try Self.scan(fixture, ["--sample-seed", "7"], with: piiscan)
        #expect(seeded.stdout.contains("seed 7"))
        #expect(findings(seeded) == findings(try Self.scan(fixture, ["--sample-seed", "7"], with: piiscan)))
        let first = try Self.finding(try Self.scan(fixture), table: "people")["sample"] as? String
        let second = try Self.finding(try Self.scan(fixture), table: "people")["sample"] as? String
        #expect(first != nil && first != second, "each scan draws its own seed")
    }

    @Test func aSeedOutOfRangeIsAUsageError() throws {
        let fixture = try Self.database()
        let result = try PIIScanProcess().run(["scan", fixture.target, "--sample-seed", "4294967296"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--sample-seed"))
    }
}
