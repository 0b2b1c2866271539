import Foundation
import PIIScanTestSupport
import Testing

/// `piiscan triage` through the real binary: each verb through later scans, `diff`, the gate, `list --overdue`,
/// and export/import.
@Suite("Triage CLI")
struct TriageCLITests {
    private static func fingerprint(of value: String, in lines: [[String: Any]]) throws -> String {
        let type = value.contains("@") ? "email" : "us_ssn"
        return try #require(lines.first { $0["type"] as? String == type }?["fingerprint"] as? String)
    }

    @Test func aFalsePositiveIsNoLongerReportedOrFailingUntilReopened() throws {
        let tree = try TempTree(["a.txt": "mail ann@contoso.org\n"])
        let piiscan = try PIIScanProcess()
        let first = try piiscan.run(["scan", ".", "--format", "jsonl"], in: tree.root)
        #expect(first.status == 1)
        let fingerprint = try Self.fingerprint(of: "ann@contoso.org", in: try first.jsonLines())
        let marked = try piiscan.run([
            "triage", "false-positive", "--fingerprint", fingerprint, "--reason", "a test mailbox", "--by", "alice",
        ])
        #expect(marked.status == 0 && marked.stdout.contains("recorded: false_positive fingerprint"))

        let quiet = try piiscan.run(["scan", ".", "--format", "jsonl"], in: tree.root)
        #expect(quiet.status == 0, "\(quiet.stdout)")
        let lines = try quiet.jsonLines()
        #expect(!lines.contains { $0["type"] as? String == "email" })
        let notes = try quiet.jsonLinesSummary()["notes"] as? [String]
        #expect(notes?.contains("1 findings or violations triaged as false positives are not reported") == true)

        #expect(try piiscan.run(["triage", "reopen", "--fingerprint", fingerprint]).status == 0)
        #expect(try piiscan.run(["scan", ".", "--format", "jsonl"], in: tree.root).status == 1)
    }

    @Test func anAcceptedRiskPassesUntilItsReviewDayThenFailsAndIsOverdue() throws {
        let tree = try TempTree(["hr/a.txt": "mail ann@contoso.org\n"])
        let piiscan = try PIIScanProcess()
        #expect(
            try piiscan.run([
                "triage", "accept", "--path", "hr/**", "--reason", "HR export, encrypted at rest", "--review-by",
                "2999-01-01",
            ]).status == 0)
        let accepted = try piiscan.run(["scan", ".", "--format", "jsonl"], in: tree.root)
        #expect(accepted.status == 0)
        let triage = try #require(try accepted.jsonLines().first?["triage"] as? [String: Any])
        #expect(triage["verdict"] as? String == "accepted" && triage["due"] as? String == "2999-01-01")
        let text = try piiscan.run(["scan", ".", "--format", "text", "--full"], in: tree.root)
        #expect(text.stdout.contains("accepted until 2999-01-01"))
        #expect(try piiscan.run(["triage", "list", "--overdue"]).status == 0)

        #expect(
            try piiscan.run([
                "triage", "accept", "--path", "hr/**", "--reason", "review missed", "--review-by", "2020-01-01",
            ]).status == 0)
        let lapsed = try piiscan.run(["scan", ".", "--format", "jsonl"], in: tree.root)
        #expect(lapsed.status == 1)
        let overdue = try piiscan.run(["triage", "list", "--overdue"])
        #expect(overdue.status == 1)
        #expect(overdue.stdout.contains("2020-01-01  accepted (overdue)  path hr/**"))
    }

    @Test func aRemediationStillFailsAndIsListedOncePastDue() throws {
        let tree = try TempTree(["a.txt": "SSN 536-90-4399\n"])
        let piiscan = try PIIScanProcess()
        let first = try piiscan.run(["scan", ".", "--format", "jsonl"], in: tree.root)
        let fingerprint = try Self.fingerprint(of: "536-90-4399", in: try first.jsonLines())
        #expect(
            try piiscan.run([
                "triage", "remediate", "--fingerprint", fingerprint, "--owner", "it@example.com", "--due", "2020-06-30",
                "--reason", "delete the old export",
            ]).status == 0)
        let again = try piiscan.run(["scan", ".", "--format", "jsonl", "--full"], in: tree.root)
        #expect(again.status == 1)
        #expect((try again.jsonLines().first?["triage"] as? [String: Any])?["overdue"] as? Bool == true)
        let overdue = try piiscan.run(["triage", "list", "--overdue"])
        #expect(overdue.status == 1 && overdue.stdout.contains("remediate (overdue)"))
        #expect(overdue.stdout.contains("owner: it@example.com"))
    }

    @Test func usageErrorsNameWhatIsWrong() throws {
        let piiscan = try PIIScanProcess()
        let none = try piiscan.run(["triage", "false-positive", "--reason", "x"])
        #expect(none.status == 2 && none.stderr.contains("name exactly one target"))
        let day = try piiscan.run(["triage", "accept", "--path", "a", "--reason", "x", "--review-by", "31/12/2027"])
        #expect(day.status == 2 && day.stderr.contains("--review-by must be a day as YYYY-MM-DD"))
        let hex = try piiscan.run(["triage", "false-positive", "--fingerprint", "abc", "--reason", "x"])
        #expect(hex.status == 2 && hex.stderr.contains("64 hex digits"))
        let kind = try piiscan.run(["triage", "reopen", "--violation", "nope"])
        #expect(kind.status == 2 && kind.stderr.contains("unknown violation kind 'nope'"))
    }

    @Test func exportThenImportIntoAnotherStoreKeepsEveryDecision() throws {
        let piiscan = try PIIScanProcess()
        #expect(
            try piiscan.run(["triage", "false-positive", "--path", "fixtures/**", "--reason", "test data"]).status == 0)
        #expect(
            try piiscan.run([
                "triage", "remediate", "--column", "public.users.ssn", "--owner", "dpo@example.com", "--due",
                "2027-01-15",
            ]).status == 0)
        let file = piiscan.scratch.path("triage.yaml")
        #expect(try piiscan.run(["triage", "export", "-o", file]).status == 0)
        let other = piiscan.scratch.path("other.db")
        let imported = try piiscan.run(["triage", "import", file, "--store", "sqlite:" + other])
        #expect(imported.status == 0 && imported.stdout.contains("2 decisions added, 0 already recorded"))
        let again = try piiscan.run(["triage", "import", file, "--store", "sqlite:" + other])
        #expect(again.stdout.contains("0 decisions added, 2 already recorded"))
        let original = try piiscan.run(["triage", "list", "--format", "yaml"]).stdout
        #expect(
            try piiscan.run(["triage", "list", "--format", "yaml", "--store", "sqlite:" + other]).stdout == original)
        #expect(original.contains("path: fixtures/**") || original.contains("path: \"fixtures/**\""))
    }

    @Test func diffLeavesOutFalsePositivesAndDoesNotFailOnThem() throws {
        let tree = try TempTree(["a.txt": "mail ann@contoso.org\n"])
        let piiscan = try PIIScanProcess()
        _ = try piiscan.run(["scan", ".", "--format", "jsonl"], in: tree.root)
        try tree.create("b.txt", "mail bob@contoso.org\n")
        _ = try piiscan.run(["scan", ".", "--format", "jsonl"], in: tree.root)
        #expect(try piiscan.run(["diff"]).status == 1)
        #expect(try piiscan.run(["triage", "false-positive", "--path", "b.txt", "--reason", "test"]).status == 0)
        let diff = try piiscan.run(["diff"])
        #expect(diff.status == 0, "\(diff.stdout)")
        #expect(diff.stdout.contains("Findings: 0 new, 0 resolved, 1 unchanged"))
    }

    @Test func theGateAppliesATriageFile() throws {
        let repository = try GateSampleRepository()
        let base = ["gate", "--ropa", "ropa.yaml", "db/migrations"]
        let piiscan = try PIIScanProcess()
        #expect(try piiscan.run(base, in: repository.root).status == 1)
        let triage = """
            version: 1
            decisions:
              - column: customers.mobile_phone
                verdict: false_positive
                reason: a shop's switchboard, not a person's
                decided_by: alice
                decided_at: 2026-12-03T21:00:00.000Z

            """
        try triage.write(toFile: repository.root + "/triage.yaml", atomically: true, encoding: .utf8)
        let passing = try piiscan.run(base + ["--triage", "triage.yaml"], in: repository.root)
        #expect(passing.status == 0, "\(passing.stdout)\(passing.stderr)")
        #expect(passing.stdout.contains("customers.mobile_phone (user.contact.phone_number) triaged false_positive"))
        #expect(passing.stdout.contains("1 by triage"))
        try "version: 1\ndecisions:\n  - column: x\n".write(
            toFile: repository.root + "/bad.yaml", atomically: true, encoding: .utf8)
        let bad = try piiscan.run(base + ["--triage", "bad.yaml"], in: repository.root)
        #expect(bad.status == 2 && bad.stderr.contains("bad.yaml:3:"))
    }
}
