import Foundation
import PIIScanTestSupport
import Testing

/// `scan --ropa` and `piiscan reconcile`: violations in the reports, exit codes, errors.
@Suite("Reconcile CLI")
struct ReconcileCLITests {
    /// A RoPA for `CLIFixture.smallTree`: `sub/` is declared without names; `notes.txt` is a shadow store.
    static let ropa = """
        version: 1
        organization: Test Ltd
        systems:
          - id: people
            owner: people@test.example
            locations:
              - path: sub/**
        activities:
          - id: contacts
            purposes: [Keep in touch]
            legal_basis: contract
            data_categories: [user.contact, user.device]
            systems: [people]

        """

    private func tree() throws -> TempTree {
        var entries = CLIFixture.smallTree
        entries["ropa.yaml"] = .text(Self.ropa)
        return try TempTree(entries)
    }

    @Test("scan --ropa adds violations to the JSON report and exits 1")
    func scanWithRoPA() throws {
        let tree = try tree()
        let result = try PIIScanProcess().run(
            ["scan", ".", "--exclude", "ropa.yaml", "--ropa", "ropa.yaml", "--format", "json"], in: tree.path(""))
        #expect(result.status == 1, "\(result.stderr)")
        let violations = try #require(try result.jsonObject()["violations"] as? [[String: Any]])
        let kinds = violations.compactMap { $0["kind"] as? String }
        #expect(kinds.contains("shadow_store"))
        #expect(kinds.contains("undeclared_category"))
        for violation in violations {
            for key in ["kind", "severity", "system", "owner", "category", "locations", "count", "suggestion"] {
                #expect(violation.keys.contains(key), "violation without \(key)")
            }
        }
    }

    @Test("--fail-on none exits 0; a RoPA the scan agrees with exits 0")
    func exitCodes() throws {
        let tree = try tree()
        let process = try PIIScanProcess()
        let none = try process.run(
            ["scan", ".", "--exclude", "ropa.yaml", "--ropa", "ropa.yaml", "--fail-on", "none"], in: tree.path(""))
        #expect(none.status == 0)
        try tree.create(
            "agree.yaml",
            .text(
                "version: 1\norganization: T\nsystems:\n  - id: all\n    locations:\n      - path: '**'\n"
                    + "activities:\n  - id: a\n    data_categories: [user]\n    systems: [all]\n"))
        let agreeing = try process.run(
            ["scan", ".", "--exclude", "*.yaml", "--ropa", "agree.yaml", "--format", "json"], in: tree.path(""))
        #expect(agreeing.status == 0, "\(agreeing.stdout)")
    }

    @Test("an invalid RoPA file is a configuration error (exit 2) naming the file and line")
    func invalidRoPA() throws {
        let tree = try TempTree(["a.txt": "x\n", "bad.yaml": "version: 1\norganization: T\nsystemz: []\n"])
        let result = try PIIScanProcess().run(["scan", "a.txt", "--ropa", "bad.yaml"], in: tree.path(""))
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad.yaml:3"))
    }

    @Test("scan --ropa with health data declared without an Art. 9 condition scans and reports the gap")
    func scanWithSpecialCategoryGap() throws {
        var entries = CLIFixture.smallTree
        entries["ropa.yaml"] = .text(
            Self.ropa.replacingOccurrences(
                of: "[user.contact, user.device]", with: "[user.contact, user.device, user.health_and_medical]"))
        let tree = try TempTree(entries)
        let process = try PIIScanProcess()
        let scan = ["scan", ".", "--exclude", "ropa.yaml", "--exclude", "*.jsonl", "--ropa", "ropa.yaml"]
        let result = try process.run(scan + ["--format", "json"], in: tree.path(""))
        #expect(result.status == 1, "\(result.stderr)")
        let violations = try #require(try result.jsonObject()["violations"] as? [[String: Any]])
        let gap = try #require(violations.first { $0["kind"] as? String == "special_category_without_condition" })
        #expect(gap["severity"] as? String == "high")
        #expect(gap["system"] as? String == "people")
        #expect(gap["owner"] as? String == "people@test.example")
        #expect(gap["category"] as? String == "user.health_and_medical")
        #expect((gap["suggestion"] as? String)?.contains("special_category_condition: <condition>") == true)
        #expect(violations.contains { $0["kind"] as? String == "shadow_store" })
        let text = try process.run(scan + ["--format", "text", "--color", "never"], in: tree.path(""))
        #expect(text.stdout.contains("HIGH  special_category_without_condition  activity 'contacts' declares"))
        _ = try process.run(
            ["scan", ".", "--exclude", "ropa.yaml", "--format", "jsonl", "-o", "findings.jsonl"], in: tree.path(""))
        let saved = try process.run(
            ["reconcile", "--ropa", "ropa.yaml", "findings.jsonl", "--format", "json"], in: tree.path(""))
        let savedKinds = try #require(try saved.jsonObject()["violations"] as? [[String: Any]]).compactMap {
            $0["kind"] as? String
        }
        #expect(savedKinds.contains("special_category_without_condition"))
    }

    @Test("a free-text retention: the scan warns, skips the retention check and notes it in the report")
    func freeTextRetention() throws {
        let tree = try TempTree([
            "ropa.yaml": """
            version: 1
            organization: Test Ltd
            systems:
              - id: archive
                owner: archive@test.example
                locations:
                  - path: docs/**
            activities:
              - id: keep
                data_categories: [user.contact]
                retention: 6 years after the customer leaves
                systems: [archive]

            """,
            "docs/old.txt": "mail ann@contoso.org\n",
        ])
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSince1970: 1_420_070_400)], ofItemAtPath: tree.path("docs/old.txt"))
        let result = try PIIScanProcess().run(
            ["scan", ".", "--exclude", "ropa.yaml", "--ropa", "ropa.yaml", "--format", "json"], in: tree.path(""))
        #expect(
            result.stderr.contains(
                "piiscan: warning: ropa.yaml:11:16: activities[0].retention: '6 years after the customer leaves' is not "
                    + "an ISO 8601 duration"), "\(result.stderr)")
        let violations = try #require(try result.jsonObject()["violations"] as? [[String: Any]])
        #expect(!violations.contains { $0["kind"] as? String == "retention_exceeded" })
        let notes = try (result.jsonObject()["summary"] as? [String: Any])?["notes"] as? [String]
        #expect(
            notes == [
                "retention not checked for 'archive': activity 'keep' gives it as free text ('6 years after the "
                    + "customer leaves'); write an ISO 8601 duration (P6Y) to have files checked"
            ])
    }

    @Test("reconcile reads a saved jsonl report and finds the same violations as scan --ropa")
    func reconcileSaved() throws {
        let tree = try tree()
        let process = try PIIScanProcess()
        let scan = try process.run(
            ["scan", ".", "--exclude", "ropa.yaml", "--format", "jsonl", "-o", "findings.jsonl"], in: tree.path(""))
        #expect(scan.status == 1)
        let live = try process.run(
            [
                "scan", ".", "--exclude", "ropa.yaml", "--exclude", "findings.jsonl", "--ropa", "ropa.yaml",
                "--format", "json",
            ], in: tree.path(""))
        let saved = try process.run(
            ["reconcile", "--ropa", "ropa.yaml", "findings.jsonl", "--format", "json"], in: tree.path(""))
        #expect(saved.status == 1, "\(saved.stderr)")
        let kinds = { (result: PIIScanResult) throws -> [String] in
            try #require(try result.jsonObject()["violations"] as? [[String: Any]]).compactMap { $0["kind"] as? String }
        }
        #expect(try kinds(saved) == kinds(live))
    }

    @Test("reconcile warns when files are not under --root: retention is not checked, and it says so")
    func retentionWithoutRoot() throws {
        let tree = try TempTree([
            "ropa.yaml": """
            version: 1
            organization: Test Ltd
            systems:
              - id: archive
                owner: archive@test.example
                locations:
                  - path: docs/**
            activities:
              - id: keep
                data_categories: [user.contact]
                retention: P1Y
                systems: [archive]

            """,
            "docs/old.txt": "mail ann@contoso.org\n",
            "elsewhere": .directory,
        ])
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSince1970: 1_420_070_400)], ofItemAtPath: tree.path("docs/old.txt"))
        let process = try PIIScanProcess()
        _ = try process.run(
            ["scan", ".", "--exclude", "ropa.yaml", "--format", "jsonl", "-o", "findings.jsonl"], in: tree.path(""))
        let kinds = { (result: PIIScanResult) throws -> [String] in
            try #require(try result.jsonObject()["violations"] as? [[String: Any]]).compactMap { $0["kind"] as? String }
        }
        let notes = { (result: PIIScanResult) throws -> [String]? in
            try (result.jsonObject()["summary"] as? [String: Any])?["notes"] as? [String]
        }
        let here = try process.run(
            ["reconcile", "--ropa", "ropa.yaml", "findings.jsonl", "--format", "json"], in: tree.path(""))
        #expect(try kinds(here).contains("retention_exceeded"))
        #expect(try notes(here) == nil)
        #expect(!here.stderr.contains("warning"))

        let away = ["reconcile", "--ropa", "../ropa.yaml", "../findings.jsonl"]
        let lost = try process.run(away + ["--format", "json"], in: tree.path("elsewhere"))
        #expect(try !kinds(lost).contains("retention_exceeded"))
        let warning = "retention not checked for 'archive': 1 file(s) with findings not found under '.'"
        #expect(lost.stderr.contains("piiscan: warning: " + warning), "\(lost.stderr)")
        #expect(try notes(lost)?.first?.hasPrefix(warning) == true)
        let text = try process.run(away + ["--format", "text"], in: tree.path("elsewhere"))
        #expect(text.stdout.contains("Note: " + warning))
        let sarif = try process.run(away + ["--format", "sarif"], in: tree.path("elsewhere"))
        #expect(sarif.stdout.contains("toolExecutionNotifications") && sarif.stdout.contains(warning))
        let markdown = try process.run(away + ["--format", "markdown"], in: tree.path("elsewhere"))
        #expect(markdown.stdout.contains("**Note:** retention not checked"))

        let rooted = try process.run(away + ["--root", "..", "--format", "json"], in: tree.path("elsewhere"))
        #expect(try kinds(rooted).contains("retention_exceeded"))
        #expect(!rooted.stderr.contains("warning"))
    }

    /// `sub/mem` links to /proc/self/mem, a regular file whose read fails with EIO even for root: with
    /// --follow-symlinks it is a failure skip inside the `people` system.
    @Test("reconcile: items the saved scan could not read keep their system from counting as scanned in full")
    func reconcileHonoursTheSavedSummary() throws {
        var entries = CLIFixture.smallTree
        entries["ropa.yaml"] = .text(
            Self.ropa.replacingOccurrences(
                of: "[user.contact, user.device]", with: "[user.contact, user.device, user.financial.bank_account]"))
        let tree = try TempTree(entries)
        let process = try PIIScanProcess()
        let unsupported = { (result: PIIScanResult) throws -> [String] in
            try #require(try result.jsonObject()["violations"] as? [[String: Any]])
                .filter { $0["kind"] as? String == "unsupported_declaration" }.compactMap { $0["category"] as? String }
        }
        let reconcile = ["reconcile", "--ropa", "ropa.yaml", "findings.jsonl", "--format", "json", "--fail-on", "none"]
        let scan = ["scan", ".", "--exclude", "ropa.yaml", "--exclude", "*.jsonl", "--format", "jsonl"]

        #expect(try process.run(scan + ["-o", "findings.jsonl"], in: tree.path("")).status == 1)
        let complete = try process.run(reconcile, in: tree.path(""))
        #expect(complete.stderr == "")
        #expect(try unsupported(complete) == ["user.financial.bank_account"])

        try tree.create("sub/mem", .symlink("/proc/self/mem"))
        let failing = try process.run(scan + ["--follow-symlinks", "-o", "findings.jsonl"], in: tree.path(""))
        #expect(failing.status == 3)
        let incomplete = try process.run(reconcile, in: tree.path(""))
        #expect(incomplete.status == 0)
        #expect(incomplete.stderr.contains("findings.jsonl: the scan that wrote it was incomplete"))
        #expect(try unsupported(incomplete) == [])
    }

    @Test("reconcile rejects a line that is not a finding, naming file and line (exit 2)")
    func badFindingsLine() throws {
        let tree = try TempTree(["ropa.yaml": .text(Self.ropa), "f.jsonl": "\n{\"type\": \"email\"}\n"])
        let result = try PIIScanProcess().run(["reconcile", "--ropa", "ropa.yaml", "f.jsonl"], in: tree.path(""))
        #expect(result.status == 2)
        #expect(result.stderr.contains("f.jsonl:2: not a finding record (missing 'category')"))
        try tree.create("s.jsonl", "{\"summary\":{\"targets\":[\".\"]}}\n")
        let summary = try PIIScanProcess().run(["reconcile", "--ropa", "ropa.yaml", "s.jsonl"], in: tree.path(""))
        #expect(summary.status == 2)
        #expect(summary.stderr.contains("s.jsonl:1: not a summary record (missing "), "\(summary.stderr)")
    }

    @Test(
        "golden reports with violations",
        arguments: [
            ("markdown", "small-ropa.md"), ("json", "small-ropa.json"),
            ("sarif", "small-ropa.sarif"), ("text", "small-ropa.txt"),
        ])
    func golden(format: String, file: String) throws {
        let tree = try tree()
        let result = try PIIScanProcess().run(
            [
                "scan", ".", "--exclude", "ropa.yaml", "--ropa", "ropa.yaml", "--format", format, "--color", "never",
                "--jobs", "1",
            ], in: tree.path(""))
        #expect(result.status == 1)
        let version = try PIIScanProcess().run(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let stable = GoldenFile.stabilised(result.stdout, version: version)
            .replacingOccurrences(of: "piiscan \(version)", with: "piiscan VERSION")
            .replacingOccurrences(of: #""version":"\#(version)""#, with: #""version":"VERSION""#)
        try GoldenFile.check(stable, against: file)
    }
}
