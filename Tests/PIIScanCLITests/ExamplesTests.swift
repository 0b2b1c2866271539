import PIIScanTestSupport
import Testing

/// The bundled `Examples/` tree: what `Scripts/run-example` shows.
@Suite("Examples tree")
struct ExamplesTests {
    @Test("Examples/ scans with findings of many types and exits 1 by default")
    func examplesTree() throws {
        let result = try PIIScanProcess().run(["scan", CLIFixture.examples, "--format", "json"])
        #expect(result.status == 1)
        let summary = try #require(try result.jsonObject()["summary"] as? [String: Any])
        let byType = try #require(summary["findings_by_type"] as? [String: Int])
        #expect(byType.count >= 15, "types: \(byType.keys.sorted())")
        for type in ["email", "phone", "credit_card", "iban", "ip_address", "person_name", "us_ssn", "uk_nino"] {
            #expect((byType[type] ?? 0) > 0, "no \(type) finding in Examples/")
        }
        #expect(summary["cancelled"] as? Bool == false)
        let skipped = try #require(summary["skipped"] as? [[String: Any]])
        #expect(skipped.contains { $0["item"] as? String == "assets/logo.png" && $0["reason"] as? String == "binary" })
        // db/crm.db is found by its first bytes and scanned as a sqlite: target after the files.
        #expect(!skipped.contains { ($0["item"] as? String)?.hasSuffix("crm.db") == true })
        #expect((summary["tables_scanned"] as? Int ?? 0) > 0)
        let findings = try #require(try result.jsonObject()["findings"] as? [[String: Any]])
        #expect(
            findings.contains {
                $0["container"] as? [String] == ["logs/app-2023-12.log.gz"]
                    && $0["path"] as? String == "app-2023-12.log"
                    && $0["type"] as? String == "email"
            }, "no finding inside logs/app-2023-12.log.gz")
        #expect(findings.contains { ($0["store"] as? String)?.hasSuffix("db/crm.db") == true })
    }

    @Test("Examples/ as Scripts/run-example runs it: text, --fail-on none, exit 0")
    func runExampleInvocation() throws {
        let result = try PIIScanProcess().run(
            ["scan", CLIFixture.examples, "--format", "text", "--fail-on", "none", "--color", "never"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\nSummary\n"))
        #expect(!result.stdout.contains("\u{1B}["))
    }
}
