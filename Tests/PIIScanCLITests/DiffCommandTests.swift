import Foundation
import PIIScanTestSupport
import Testing

/// `piiscan diff` through the real binary: defaults, formats, exit codes.
@Suite("DiffCommand")
struct DiffCommandTests {
    @Test func showsNewResolvedAndUnchangedAndExitsOneOnNewFindings() throws {
        let tree = try TempTree(["a.txt": "mail ann@contoso.org\n", "b.txt": "mail bob@contoso.org\n"])
        let piiscan = try PIIScanProcess()
        _ = try piiscan.run(["scan", ".", "--format", "jsonl"], in: tree.root)
        try tree.delete("b.txt")
        try tree.create("c.txt", "SSN 536-90-4399 and carl@contoso.org\n")
        _ = try piiscan.run(["scan", ".", "--format", "jsonl"], in: tree.root)

        let text = try piiscan.run(["diff"])
        #expect(text.status == 1)
        #expect(text.stdout.hasPrefix("Run 1 ("))
        #expect(text.stdout.contains("Findings: 2 new, 1 resolved, 1 unchanged"))
        #expect(text.stdout.contains("  + email  c.txt:1:21  c***@c***.org  (high)"))
        #expect(text.stdout.contains("  - email  b.txt:1:6  b***@c***.org"))
        #expect(!text.stdout.contains("bob@contoso.org"))

        let json = try piiscan.run(["diff", "1", "2", "--format", "json"]).jsonObject()
        let findings = try #require(json["findings"] as? [String: [[String: Any]]])
        #expect(findings["new"]?.count == 2 && findings["resolved"]?.count == 1 && findings["unchanged"]?.count == 1)
        #expect((json["from"] as? [String: Any])?["id"] as? Int == 1)

        let lines = try piiscan.run(["diff", "--format", "jsonl"]).jsonLines()
        #expect(lines.map { $0["change"] as? String } == ["new", "new", "resolved"])
        #expect(lines.allSatisfy { $0["record"] as? String == "finding" && $0["fingerprint"] != nil })

        #expect(try piiscan.run(["diff", "--fail-on", "none"]).status == 0)
        #expect(try piiscan.run(["diff", "2", "2"]).status == 0)
    }

    @Test func usageErrors() throws {
        let piiscan = try PIIScanProcess()
        let none = try piiscan.run(["diff"])
        #expect(none.status == 2)
        let tree = try TempTree(["a.txt": "mail ann@contoso.org\n"])
        _ = try piiscan.run(["scan", ".", "--format", "jsonl"], in: tree.root)
        let one = try piiscan.run(["diff"])
        #expect(one.status == 2 && one.stderr.contains("fewer than two complete runs"))
        let unknown = try piiscan.run(["diff", "1", "42"])
        #expect(unknown.status == 2 && unknown.stderr.contains("no run 42"))
        #expect(try piiscan.run(["diff", "--format", "xml"]).status == 2)
    }

    @Test func violationsAreComparedToo() throws {
        let tree = try TempTree([
            "ropa.yaml": """
            version: 1
            organization: Test
            systems:
              - id: docs
                owner: docs@example.com
                locations:
                  - path: docs/**
            activities:
              - id: docs-use
                systems: [docs]
            """,
            "docs/a.txt": "mail ann@contoso.org\n",
        ])
        let piiscan = try PIIScanProcess()
        _ = try piiscan.run(["scan", "docs", "--format", "jsonl", "--ropa", "ropa.yaml"], in: tree.root)
        try tree.create("docs/b.txt", "SSN 536-90-4399\n")
        _ = try piiscan.run(["scan", "docs", "--format", "jsonl", "--ropa", "ropa.yaml"], in: tree.root)
        let json = try piiscan.run(["diff", "--format", "json"]).jsonObject()
        let violations = try #require(json["violations"] as? [String: [[String: Any]]])
        #expect((violations["unchanged"]?.count ?? 0) + (violations["new"]?.count ?? 0) > 0)
        #expect(violations["new"]?.contains { ($0["category"] as? String)?.hasSuffix("us_ssn") == true } == true)
    }

    /// A violation in fewer places than before is a change, not news: exit 0. In a new place it is news: exit 1.
    @Test func aViolationInFewerPlacesIsChangedAndDoesNotFail() throws {
        let tree = try TempTree([
            "ropa.yaml": """
            version: 1
            organization: Test
            systems:
              - id: docs
                owner: docs@example.com
                locations:
                  - path: docs/**
            activities:
              - id: docs-use
                systems: [docs]
            """,
            "docs/a.txt": "mail ann@contoso.org\n",
            "docs/b.txt": "mail bob@contoso.org\n",
        ])
        let piiscan = try PIIScanProcess()
        let scan = [
            "scan", ".", "--exclude", "ropa.yaml", "--format", "jsonl", "--ropa", "ropa.yaml", "--fail-on", "none",
        ]
        _ = try piiscan.run(scan, in: tree.root)
        try tree.delete("docs/b.txt")
        _ = try piiscan.run(scan, in: tree.root)

        let text = try piiscan.run(["diff"])
        #expect(text.status == 0, "\(text.stdout)")
        #expect(text.stdout.contains("Violations: 0 new, 0 resolved, 1 changed, 0 unchanged"))
        #expect(text.stdout.contains("  ~ undeclared_category  docs  user.contact.email  -docs/b.txt  (medium)"))
        let json = try piiscan.run(["diff", "--format", "json"]).jsonObject()
        let violations = try #require(json["violations"] as? [String: [[String: Any]]])
        let changed = try #require(violations["changed"]?.first)
        #expect((changed["locations_removed"] as? [[String: String]]) == [["path": "docs/b.txt"]])
        #expect((changed["locations_added"] as? [[String: String]]) == [])
        let lines = try piiscan.run(["diff", "--format", "jsonl"]).jsonLines()
        #expect(lines.map { $0["change"] as? String } == ["resolved", "changed"])

        try tree.create("docs/c.txt", "mail carl@contoso.org\n")
        _ = try piiscan.run(scan, in: tree.root)
        let grown = try piiscan.run(["diff", "--format", "jsonl", "--fail-on", "medium"])
        #expect(grown.status == 1)
        let change = try #require(grown.jsonLines().last)
        #expect(change["change"] as? String == "changed")
        #expect((change["locations_added"] as? [[String: String]]) == [["path": "docs/c.txt"]])
    }
}
