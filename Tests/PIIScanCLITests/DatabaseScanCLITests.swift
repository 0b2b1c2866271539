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
        let columns = try result.jsonLines().map { "\($0["table"]!).\($0["column"]!):\($0["type"]!)" }
        #expect(columns.contains("accounts.handle:email"))
        #expect(columns.contains("accounts.contact_no:phone"))
        #expect(columns.contains("tickets.body:email"))
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

    @Test func aBadStatementTimeoutIsAUsageError() throws {
        let result = try PIIScanProcess().run(["scan", "sqlite:x.db", "--statement-timeout", "soon"])
        #expect(result.status == 2)
    }
}
