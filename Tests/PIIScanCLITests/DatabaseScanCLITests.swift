import Foundation
import PIIScanTestSupport
import Testing

/// `piiscan scan sqlite:…` through the built binary.
@Suite("Database scans from the command line")
struct DatabaseScanCLITests {
    @Test func bundledExampleDatabaseReportsItsColumns() throws {
        let database = PIIScanProcess.packageRoot + "/Examples/db/crm.db"
        let before = try Data(contentsOf: URL(fileURLWithPath: database))
        let result = try PIIScanProcess().run(["scan", "sqlite:" + database, "--format", "jsonl", "--fail-on", "none"])
        #expect(result.status == 0)
        let lines = try result.jsonLines().filter { $0["table"] != nil }
        let columns = lines.map { "\($0["table"]!).\($0["column"]!):\($0["type"]!)" }
        #expect(columns.contains("accounts.handle:email"))
        #expect(columns.contains("accounts.contact_no:phone"))
        // A free-text column gets one verdict; the other types its values hold are listed as alternatives.
        let body = try #require(lines.first { $0["column"] as? String == "body" })
        let alternatives = (body["alternatives"] as? [[String: Any]] ?? []).compactMap { $0["type"] as? String }
        #expect(Set([body["type"] as? String] + alternatives).isSuperset(of: ["email", "phone"]))
        #expect((body["reason"] as? String)?.contains("values are") == true)
        #expect(columns.contains("tickets.meta:email"))
        #expect(!columns.contains { $0.contains("email_sent_count") || $0.contains("phone_verified") })
        #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)
    }

    @Test func databaseOptionsAreAcceptedAndSummarised() throws {
        let database = PIIScanProcess.packageRoot + "/Examples/db/crm.db"
        let result = try PIIScanProcess().run([
            "scan", "sqlite:" + database, "--format", "json", "--sample-rows", "10", "--db-connections", "1",
            "--statement-timeout", "5s", "--exclude", "main.tickets", "--fail-on", "none",
        ])
        #expect(result.status == 0)
        let summary = try #require(try result.jsonObject()["summary"] as? [String: Any])
        #expect(summary["tables_scanned"] as? Int == 1)
    }

    @Test func aFileThatIsNotADatabaseExitsThreeNamingIt() throws {
        let tree = try TempTree(["notes.db": .text(String(repeating: "plain text, not SQLite. ", count: 10))])
        let result = try PIIScanProcess().run(["scan", "sqlite:" + tree.path("notes.db")])
        #expect(result.status == 3)
        #expect(result.stderr.contains(tree.path("notes.db")))
    }

    @Test func aFileThatIsNotADatabaseIsAlsoListedAsCorrupt() throws {
        let tree = try TempTree(["random.db": .bytes((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 7919 >> 3) })])
        let result = try PIIScanProcess().run(["scan", "sqlite:" + tree.path("random.db"), "--format", "jsonl"])
        #expect(result.status == 3)
        let skipped = try #require(try result.jsonLinesSummary()["skipped"] as? [[String: Any]])
        #expect(skipped.map { $0["item"] as? String } == ["sqlite:" + tree.path("random.db")])
        #expect(skipped.map { $0["reason"] as? String } == ["corrupt"])
    }

    /// Page 1 (the schema) is intact, so the store opens and its tables are listed; the people table's root page is
    /// garbage, so sampling it fails. Before, this exited 0 with "Findings: none".
    @Test func aCorruptTableExitsThreeAndIsReportedAsSkippedInEveryFormat() throws {
        let fixture = try SQLiteFixture(name: "crm.db")
        try fixture.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, email TEXT); CREATE TABLE notes (body TEXT);")
        try fixture.insert(
            into: "people", columns: ["email"], rows: (1...50).map { ["ann\($0).lee@northwind-bikes.co.uk"] })
        try fixture.insert(into: "notes", columns: ["body"], rows: [["nothing personal"]])
        try fixture.corruptRootPage(of: "people")
        let piiscan = try PIIScanProcess()
        let item = fixture.target + "/main.people"

        let jsonl = try piiscan.run(["scan", fixture.target, "--format", "jsonl"])
        #expect(jsonl.status == 3)
        #expect(jsonl.stderr.contains("1 item could not be read (corrupt 1)"))
        #expect(try jsonl.jsonLines().isEmpty)
        let summary = try jsonl.jsonLinesSummary()
        #expect(summary["tables_scanned"] as? Int == 1)
        #expect(summary["failures"] as? Int == 1)
        #expect(summary["skipped_by_reason"] as? [String: Int] == ["corrupt": 1])
        let skipped = try #require(summary["skipped"] as? [[String: Any]])
        #expect(skipped.map { $0["item"] as? String } == [item])

        let text = try piiscan.run(["scan", fixture.target, "--format", "text", "--color", "never"])
        #expect(text.status == 3)
        #expect(text.stdout.contains("  Skipped: 1 (1 not read: the scan is incomplete)\n    corrupt  1  (failure)\n"))
        #expect(text.stdout.contains("    \(item) (corrupt: "))

        let sarif = try piiscan.run(["scan", fixture.target, "--format", "sarif"])
        #expect(sarif.status == 3)
        let run = try #require((try sarif.jsonObject()["runs"] as? [[String: Any]])?.first)
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
        let notifications = try #require(invocation["toolExecutionNotifications"] as? [[String: Any]])
        #expect(notifications.map { $0["level"] as? String } == ["error"])
        #expect(notifications.map { ($0["properties"] as? [String: Any])?["reason"] as? String } == ["corrupt"])
        #expect(notifications.map { ($0["properties"] as? [String: Any])?["item"] as? String } == [item])

        let markdown = try piiscan.run(["scan", fixture.target, "--format", "markdown"])
        #expect(markdown.status == 3)
        #expect(markdown.stdout.contains("| corrupt | **not read** | 1 |"))

        let allowed = try piiscan.run(["scan", fixture.target, "--format", "json", "--allow-skips"])
        #expect(allowed.status == 0)
        #expect((try allowed.jsonObject()["summary"] as? [String: Any])?["failures"] as? Int == 1)
    }

    /// A view whose query fails when it runs (division by zero): its sample fails on the server.
    @Test(.enabled(if: PostgresFixture.isAvailable, Comment(rawValue: PostgresFixture.skipReason)))
    func aPostgresTableWhoseSamplingFailsExitsThree() throws {
        let fixture = try PostgresFixture()
        try fixture.execute(
            """
            CREATE TABLE people (email text);
            INSERT INTO people SELECT 'ann' || g || '.lee@northwind-bikes.co.uk' FROM generate_series(1, 20) g;
            CREATE VIEW broken AS SELECT (1 / (g - g))::text AS a FROM generate_series(1, 3) g;
            """)
        let scan = [
            "scan", PostgresFixture.target, "--include", fixture.schema, "--include-views", "--format", "jsonl",
        ]
        let result = try PIIScanProcess().run(scan)
        #expect(result.status == 3, "\(result.stderr)")
        #expect(try result.jsonLines().map { $0["table"] as? String } == ["people"])
        let summary = try result.jsonLinesSummary()
        #expect(summary["tables_scanned"] as? Int == 1)
        let skipped = try #require(summary["skipped"] as? [[String: Any]])
        // The schema name ends in a random number, which a detector may take for an id and mask.
        #expect(skipped.map { ($0["item"] as? String)?.hasSuffix(".broken") } == [true])
        #expect(skipped.map { $0["reason"] as? String } == ["database_error"])
        #expect(skipped.map { $0["failure"] as? Bool } == [true])
        #expect(try PIIScanProcess().run(scan + ["--allow-skips"]).status == 1)
    }

    @Test func aBadStatementTimeoutIsAUsageError() throws {
        let result = try PIIScanProcess().run(["scan", "sqlite:x.db", "--statement-timeout", "soon"])
        #expect(result.status == 2)
    }
}
