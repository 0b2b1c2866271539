import Foundation
import PIIScanTestSupport
import Testing

/// Findings inside archives as every report shows them, and what a damaged or encrypted archive does to the
/// exit code, from the built binary.
@Suite("Containers (CLI)")
struct ContainerCLITests {
    static let csv = Array("id,email\n1,jane.roe@northwind-bikes.co.uk\n".utf8)

    private static func tree() throws -> TempTree {
        let inner = try ArchiveFixture.bytes(format: "zip", members: [("customers/2024-03.csv", csv)])
        return try TempTree([
            "exports/2024.zip": .bytes(inner),
            "exports/old.tar.gz": .bytes(
                try ArchiveFixture.bytes(format: "pax", filters: ["gzip"], members: [("nested.zip", inner)])),
        ])
    }

    @Test("text, JSON Lines and SARIF show the container chain")
    func locationsInEveryFormat() throws {
        let tree = try Self.tree()
        defer { tree.remove() }
        let piiscan = try PIIScanProcess()
        let text = try piiscan.run(["scan", ".", "--format", "text", "--color", "never", "--jobs", "1"], in: tree.root)
        #expect(text.status == 1)
        #expect(text.stdout.contains("exports/2024.zip!customers/2024-03.csv"))
        #expect(text.stdout.contains("exports/old.tar.gz!nested.zip!customers/2024-03.csv"))
        let lines = try piiscan.run(["scan", ".", "--format", "jsonl", "--jobs", "1"], in: tree.root).jsonLines()
        let emails = lines.filter { $0["type"] as? String == "email" }
        #expect(
            emails.map { $0["container"] as? [String] } == [
                ["exports/2024.zip"], ["exports/old.tar.gz", "nested.zip"],
            ])
        #expect(emails.map { $0["path"] as? String } == ["customers/2024-03.csv", "customers/2024-03.csv"])
        #expect(emails.map { $0["line"] as? Int } == [2, 2])
        #expect(emails.map { $0["field"] as? String } == ["email", "email"])
        // Keyed on values: re-archiving the same row changes nothing.
        #expect(Set(emails.compactMap { $0["fingerprint"] as? String }).count == 1)
        let sarif = try piiscan.run(["scan", ".", "--format", "sarif", "--jobs", "1"], in: tree.root)
        #expect(sarif.stdout.contains(#""parentIndex":0"#))
        #expect(!sarif.stdout.contains("jane.roe"))
        #expect(!text.stdout.contains("jane.roe"))
    }

    @Test("an incremental rescan carries an unchanged archive over as one unit, with its chains")
    func incrementalRescan() throws {
        let tree = try Self.tree()
        defer { tree.remove() }
        let piiscan = try PIIScanProcess()
        let first = try piiscan.run(["scan", ".", "--format", "jsonl"], in: tree.root)
        let second = try piiscan.run(["scan", ".", "--format", "json"], in: tree.root)
        let summary = try #require(try second.jsonObject()["summary"] as? [String: Any])
        #expect(summary["files_carried_over"] as? Int == 2)
        #expect(summary["files_scanned"] as? Int == 0)
        let carried = try #require(try second.jsonObject()["findings"] as? [[String: Any]])
        #expect(
            carried.map { $0["container"] as? [String] } == [
                ["exports/2024.zip"], ["exports/old.tar.gz", "nested.zip"],
            ])
        let third = try piiscan.run(["scan", ".", "--format", "jsonl"], in: tree.root)
        #expect(third.findingLines == first.findingLines)
        // A new member: the archive is read again, the other one still carried.
        try tree.delete("exports/2024.zip")
        try ArchiveFixture.write(
            tree.path("exports/2024.zip"), format: "zip",
            members: [("customers/2024-03.csv", Self.csv), ("customers/2024-04.csv", Self.csv)])
        let changed = try piiscan.run(["scan", ".", "--format", "json"], in: tree.root)
        let changedSummary = try #require(try changed.jsonObject()["summary"] as? [String: Any])
        #expect(changedSummary["files_scanned"] as? Int == 1)
        #expect(changedSummary["files_carried_over"] as? Int == 1)
        let findings = try #require(try changed.jsonObject()["findings"] as? [[String: Any]])
        #expect(findings.compactMap { $0["path"] as? String }.filter { $0.hasSuffix("2024-04.csv") }.count == 1)
    }

    @Test("a truncated archive exits 3 with its findings; --allow-skips exits 1")
    func truncatedArchiveExitCode() throws {
        let filler = String(repeating: "nothing to see on this line, just padding for the archive\n", count: 4_000)
        let whole = try ArchiveFixture.bytes(
            format: "pax", filters: ["gzip"],
            members: [("first.csv", Self.csv), ("second.txt", Array(filler.utf8) + Self.csv)])
        let tree = try TempTree(["cut.tar.gz": .bytes(Array(whole.prefix(whole.count / 2)))])
        defer { tree.remove() }
        let piiscan = try PIIScanProcess()
        let result = try piiscan.run(["scan", ".", "--format", "jsonl", "--jobs", "1"], in: tree.root)
        #expect(result.status == 3)
        #expect(try result.jsonLines().contains { $0["container"] as? [String] == ["cut.tar.gz"] })
        let allowed = try piiscan.run(["scan", ".", "--format", "jsonl", "--allow-skips"], in: tree.root)
        #expect(allowed.status == 1)
    }

    @Test("--max-archive-depth 0 leaves archives closed; bad limits are usage errors")
    func depthOption() throws {
        let tree = try Self.tree()
        defer { tree.remove() }
        let piiscan = try PIIScanProcess()
        let closed = try piiscan.run(["scan", ".", "--format", "jsonl", "--max-archive-depth", "0"], in: tree.root)
        #expect(closed.status == 0)
        #expect(try closed.jsonLines().isEmpty)
        for option in [["--max-archive-depth", "-1"], ["--max-archive-members", "0"], ["--max-archive-ratio", "0"]] {
            let refused = try piiscan.run(["scan", "."] + option, in: tree.root)
            #expect(refused.status == 2, "\(option)")
        }
    }
}
