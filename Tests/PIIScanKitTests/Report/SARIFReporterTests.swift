import Foundation
import Testing

@testable import PIIScanKit

@Suite("SARIF reporter")
struct SARIFReporterTests {
    static let schemaPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/schemas/sarif-2.1.0.json").path

    static var canValidate: Bool {
        FileManager.default.fileExists(atPath: schemaPath)
    }

    /// Validates `sarif` against the official schema with Python's jsonschema (Draft 4, the `python3` on
    /// `PATH`); returns its errors, or "" when valid.
    private func schemaErrors(_ sarif: String) throws -> String {
        let scratch = try ScratchDirectory()
        let file = scratch.file("report.sarif")
        try sarif.write(toFile: file, atomically: true, encoding: .utf8)
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            log = json.load(open(sys.argv[2]))
            errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(log), key=lambda e: list(e.path))
            for e in errors: print("/".join(map(str, e.path)), e.message)
            sys.exit(1 if errors else 0)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, Self.schemaPath, file]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        return process.terminationStatus == 0 ? "" : "exit \(process.terminationStatus): \(text)"
    }

    @Test("findings inside containers point at nested artifacts", .enabled(if: canValidate))
    func nestedArtifacts() throws {
        let inZip = FileLocation(
            path: "customers/2024-03.csv", line: 7, column: 12, start: 90, end: 110, container: ["exports/2024.zip"])
        var inTar = inZip
        inTar.container = ["exports/2024.zip", "old/backup.tar"]
        inTar.path = "a b.txt"
        let findings = [inZip, inTar, inZip].map {
            ReportFixtures.finding(
                "jane.doe@example.org", detector: "email", type: "email", category: "user.contact.email",
                confidence: 0.9, mask: .email, normalize: .lower, location: .file($0))
        }
        let sarif = try ReportFixtures.render(SARIFReporter.self, items: [findings])
        #expect(try schemaErrors(sarif) == "")
        let log = try #require(JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let artifacts = try #require(run["artifacts"] as? [[String: Any]])
        let uris = artifacts.map { ($0["location"] as? [String: Any])?["uri"] as? String }
        // Results in report order: the member of the nested tar (`a b.txt`) sorts first.
        #expect(uris == ["exports/2024.zip", "old/backup.tar", "a%20b.txt", "customers/2024-03.csv"])
        #expect(artifacts.map { $0["parentIndex"] as? Int } == [nil, 0, 1, 0])
        let results = try #require(run["results"] as? [[String: Any]])
        let indexes = results.map {
            let location = ($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
            return (location?["artifactLocation"] as? [String: Any])?["index"] as? Int
        }
        #expect(indexes == [2, 3, 3])
    }

    @Test("a finding in a document has its place as a logical location and no byte region", .enabled(if: canValidate))
    func documentPlace() throws {
        let cell = FileLocation(
            path: "staff.xlsx", line: 7, column: 5, start: 130, end: 150, field: "Email", place: "Staff!C7")
        let finding = ReportFixtures.finding(
            "jane.doe@example.org", detector: "email", type: "email", category: "user.contact.email",
            confidence: 0.9, mask: .email, normalize: .lower, location: .file(cell))
        let sarif = try ReportFixtures.render(SARIFReporter.self, items: [[finding]])
        #expect(try schemaErrors(sarif) == "")
        let log = try #require(JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let result = try #require(((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])?.first)
        let location = try #require((result["locations"] as? [[String: Any]])?.first)
        #expect((location["physicalLocation"] as? [String: Any])?["region"] == nil)
        let logical = try #require((location["logicalLocations"] as? [[String: Any]])?.first)
        #expect(logical["name"] as? String == "Staff!C7")
        #expect((result["properties"] as? [String: Any])?["place"] as? String == "Staff!C7")
    }

    @Test("the report validates against the official SARIF 2.1.0 schema", .enabled(if: canValidate))
    func validatesAgainstSchema() throws {
        let full = try schemaErrors(try ReportFixtures.render(SARIFReporter.self))
        #expect(full == "")
        let empty = try schemaErrors(try ReportFixtures.render(SARIFReporter.self, items: []))
        #expect(empty == "")
        var noted = ReportFixtures.summary
        noted.notes = ["retention not checked for 'crm'"]
        let withNotes = try ReportFixtures.render(SARIFReporter.self, summary: noted)
        #expect(try schemaErrors(withNotes) == "")
        let run = try #require((try sarifObject(withNotes)["runs"] as? [[String: Any]])?.first)
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        let notification = try #require(
            (invocation["toolExecutionNotifications"] as? [[String: Any]])?.last, "notes come after skipped items")
        #expect(notification["level"] as? String == "warning")
        #expect((notification["message"] as? [String: String])?["text"] == "retention not checked for 'crm'")
    }

    @Test("the validator really rejects an invalid log", .enabled(if: canValidate))
    func validatorRejects() throws {
        let broken = try ReportFixtures.render(SARIFReporter.self).replacingOccurrences(
            of: "\"version\":\"2.1.0\"", with: "\"version\":\"2.0.0\"")
        #expect(try schemaErrors(broken) != "")
    }

    @Test("GitHub's rules: message, locations and fingerprints on every result; described rules")
    func gitHubRules() throws {
        let log = try sarifObject(try ReportFixtures.render(SARIFReporter.self))
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == ["credit-card", "email", "person-name", "phone-uk"])
        for rule in rules {
            for key in ["shortDescription", "fullDescription", "help"] {
                let text = (rule[key] as? [String: Any])?["text"] as? String
                #expect(text?.isEmpty == false, "rule \(rule["id"]!) lacks \(key).text")
            }
        }
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 6)
        for result in results {
            #expect(((result["message"] as? [String: Any])?["text"] as? String)?.isEmpty == false)
            #expect((result["locations"] as? [Any])?.isEmpty == false)
            let fingerprints = result["partialFingerprints"] as? [String: String]
            #expect(fingerprints?[SARIFReporter.fingerprintKey]?.count == 64)
            let ruleIndex = try #require(result["ruleIndex"] as? Int)
            #expect(rules[ruleIndex]["id"] as? String == result["ruleId"] as? String)
        }
        #expect(results.map { $0["level"] as? String } == ["warning", "error", "error", "warning", "error", "error"])
    }

    @Test("file regions use byte columns; database results name the store and schema.table.column")
    func locations() throws {
        let log = try sarifObject(try ReportFixtures.render(SARIFReporter.self))
        let results = try #require(((log["runs"] as? [[String: Any]])?.first)?["results"] as? [[String: Any]])
        let first = try #require((results[0]["locations"] as? [[String: Any]])?.first)
        let physical = try #require(first["physicalLocation"] as? [String: Any])
        let artifact = try #require(physical["artifactLocation"] as? [String: String])
        #expect(artifact == ["uri": "customers.csv", "uriBaseId": "%SRCROOT%"])
        let region = try #require(physical["region"] as? [String: Int])
        #expect(region == ["startLine": 2, "startColumn": 1, "endColumn": 9, "byteOffset": 29, "byteLength": 8])
        let database = try #require((results[5]["locations"] as? [[String: Any]])?.first)
        let store = (database["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: String]
        #expect(store == ["uri": "data/app.db", "uriBaseId": "%SRCROOT%"])
        let message = (results[5]["message"] as? [String: String])?["text"]
        #expect(message == "phone (user.contact.phone_number): +** ** **** 0958 in sqlite:data/app.db main.users.phone")
        let logical = (database["logicalLocations"] as? [[String: String]])?.first
        #expect(logical?["fullyQualifiedName"] == "main.users.phone")
    }

    @Test("runs are capped at 25,000 results and say so")
    func truncation() throws {
        let template = ReportFixtures.items()[0][0]
        let findings = (0..<(SARIFReporter.maxResults + 3)).map { index in
            var finding = template
            finding.location = .file(
                FileLocation(path: "big.txt", line: index + 1, column: 1, start: index * 20, end: index * 20 + 19))
            return finding
        }
        let log = try sarifObject(try ReportFixtures.render(SARIFReporter.self, items: [findings]))
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        #expect((run["results"] as? [Any])?.count == SARIFReporter.maxResults)
        let properties = try #require(run["properties"] as? [String: Any])
        #expect(properties["truncated"] as? Bool == true)
        #expect(properties["totalResults"] as? Int == SARIFReporter.maxResults + 3)
        #expect(properties["truncationNote"] as? String == "only the first 25000 of 25003 results are included")
    }

    @Test(
        "paths become URI references",
        arguments: [
            ("a b/ü.txt", "a%20b/%C3%BC.txt"), ("c:/x%y#z?.txt", "c%3A/x%25y%23z%3F.txt"),
            ("plain/path.csv", "plain/path.csv"),
        ])
    func uriReferences(path: String, expected: String) {
        #expect(SARIFReporter.uriReference(path) == expected)
    }

    @Test(
        "database stores become file or scheme-less URIs (GitHub rejects other schemes)",
        arguments: [
            ("sqlite:data/app.db", "data/app.db", "%SRCROOT%"),
            ("sqlite:/var/lib/app db.sqlite", "file:///var/lib/app%20db.sqlite", nil),
            ("postgres://db.example.com:5432/crm", "postgres/db.example.com%3A5432/crm", "%SRCROOT%"),
        ])
    func storeLocations(store: String, uri: String, base: String?) {
        let location = SARIFReporter.artifactLocation(store: store)
        #expect(location.uri == uri)
        #expect(location.uriBaseId == base)
    }

    @Test("no URI in the log has a scheme other than file")
    func onlyFileScheme() throws {
        let text = try ReportFixtures.render(SARIFReporter.self)
        let log = try sarifObject(text)
        let results = try #require(((log["runs"] as? [[String: Any]])?.first)?["results"] as? [[String: Any]])
        for result in results {
            for location in result["locations"] as? [[String: Any]] ?? [] {
                let uri = try #require(
                    ((location["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any])?["uri"]
                        as? String)
                let scheme = uri.split(separator: "/").first.flatMap { $0.hasSuffix(":") ? $0 : nil }
                #expect(scheme == nil || scheme == "file:", "\(uri)")
            }
        }
    }

    @Test("rule names are identifiers derived from detector ids")
    func ruleNames() {
        #expect(SARIFReporter.ruleName("us-ssn.strict") == "UsSsnStrict")
        #expect(SARIFReporter.ruleName("email") == "Email")
    }

    private func sarifObject(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }
}
