import Foundation
import PIIScanTestSupport
import Testing

@testable import PIIScanKit

@Suite("Gate reports")
struct GateReportTests {
    private static let schemaPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/schemas/sarif-2.1.0.json").path

    private static var canValidate: Bool { FileManager.default.fileExists(atPath: schemaPath) }

    /// A result with two failures (one on a quoted, renamed column), a suppression and a warning.
    private func result() throws -> GateResult {
        let fixture = try GateFixture([
            "db/V1__a.sql": """
            CREATE TABLE "Team Members" (
              id INTEGER,
              email TEXT,
              phone TEXT, -- piiscan:ignore
              mobile TEXT -- piiscan:ignore switchboard extension only
            );
            ALTER TABLE "Team Members" RENAME COLUMN id TO ssn;
            """
        ])
        return try fixture.run()
    }

    /// Errors of `sarif` against the official SARIF 2.1.0 schema (python3 jsonschema, Draft 4); "" when valid.
    private func schemaErrors(_ sarif: String) throws -> String {
        let tree = try TempTree(["report.sarif": sarif], prefix: "piiscan-gate-sarif")
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            log = json.load(open(sys.argv[2]))
            errors = list(jsonschema.Draft4Validator(schema).iter_errors(log))
            for e in errors: print("/".join(map(str, e.path)), e.message)
            sys.exit(1 if errors else 0)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, Self.schemaPath, tree.path("report.sarif")]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return process.terminationStatus == 0 ? "" : "exit \(process.terminationStatus): \(output)"
    }

    @Test(
        "SARIF validates against the official 2.1.0 schema, and the validator rejects a broken log",
        .enabled(if: canValidate))
    func sarifSchema() throws {
        let sarif = GateFormat.sarif.render(try result())
        #expect(try schemaErrors(sarif) == "")
        #expect(try schemaErrors(sarif.replacingOccurrences(of: "\"startLine\":", with: "\"startLine\":-")) != "")
    }

    @Test("SARIF follows GitHub's rules: message, repository-relative location, line, fingerprints, described rules")
    func sarifGitHubRules() throws {
        let result = try result()
        let log = try #require(
            JSONSerialization.jsonObject(with: Data(GateFormat.sarif.render(result).utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        for rule in rules {
            for key in ["shortDescription", "fullDescription", "help"] {
                #expect(((rule[key] as? [String: Any])?["text"] as? String)?.isEmpty == false, "\(key)")
            }
        }
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == result.failures.count + result.warnings.count)
        #expect(results.count == 4)
        for item in results {
            #expect(((item["message"] as? [String: Any])?["text"] as? String)?.isEmpty == false)
            let physical = try #require(
                ((item["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any])
            #expect((physical["artifactLocation"] as? [String: Any])?["uri"] as? String == "db/V1__a.sql")
            #expect(((physical["region"] as? [String: Any])?["startLine"] as? Int ?? 0) > 0)
            #expect((item["partialFingerprints"] as? [String: String])?.isEmpty == false)
        }
        let fingerprints = results.compactMap { ($0["partialFingerprints"] as? [String: String])?.values.first }
        #expect(Set(fingerprints).count == fingerprints.count)
    }

    @Test("GitHub annotations: one ::error per failure and ::warning per warning, escaped, then the summary")
    func github() throws {
        let lines = GateFormat.github.render(try result()).split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        #expect(
            lines[0].hasPrefix("::error file=db/V1__a.sql,line=3,col=3,title=piiscan gate%3A Undeclared PII column::"))
        #expect(lines.contains { $0.hasPrefix("::warning file=db/V1__a.sql,line=4,") })
        #expect(lines.allSatisfy { !$0.contains("\r") })
        #expect(lines[0].contains("%0A  activities:%0A"))
        #expect(lines[4].hasPrefix("piiscan gate FAILED: 3 undeclared"))
        #expect(GateGitHubReport.escapeProperty("a:b,c%\n") == "a%3Ab%2Cc%25%0A")
    }

    @Test("text: the layout, each failure with the YAML to add, notes for suppressions, the summary")
    func text() throws {
        let text = GateFormat.text.render(try result())
        #expect(
            text.hasPrefix(
                "db: Flyway (V<version>__*.sql, R__*.sql; U undo files not applied), 1 migration file(s); sqlite dialect"
            ))

        #expect(text.contains("db/V1__a.sql:3:3: error: \"Team Members\".email looks like email (user.contact.email)"))
        #expect(text.contains("      data_categories: [user.name, user.contact.email]\n"))
        #expect(text.contains("db/V1__a.sql:7:48: error: \"Team Members\".ssn looks like"))
        #expect(text.contains("renamed from id"))
        #expect(
            text.contains(
                "db/V1__a.sql:5:3: note: \"Team Members\".mobile (user.contact.phone_number) ignored: switchboard"))
        #expect(text.contains("db/V1__a.sql:4:3: warning: 'piiscan:ignore' needs a reason"))
        #expect(
            text.hasSuffix(
                "3 undeclared PII column finding(s); 0 declared, 1 suppressed inline, 0 by the baseline; "
                    + "1 warning(s); 4 column(s) checked in 1 file(s)\n"))
    }
}
