import Foundation
import PIIScanTestSupport
import Testing

/// `piiscan gate` as users run it: exit codes, formats, output files, baseline, --base.
@Suite("Gate CLI")
struct GateCLITests {
    @Test("an undeclared PII column exits 1 and names file, line and the YAML to add; declaring it exits 0")
    func exitCodes() throws {
        let repository = try GateSampleRepository()
        let failing = try PIIScanProcess().run(["gate", "--ropa", "ropa.yaml", "db/migrations"], in: repository.root)
        #expect(failing.status == 1, "\(failing.stderr)")
        #expect(
            failing.stdout.hasPrefix(
                "db/migrations: Flyway (V<version>__*.sql, R__*.sql; U undo files not applied), 2 migration file(s)"))
        #expect(
            failing.stdout.contains("db/migrations/V2__phone.sql:2:34: error: customers.mobile_phone looks like phone"))
        #expect(failing.stdout.contains("data_categories: [user.name, user.contact.email, user.contact.phone_number]"))
        try repository.declarePhone()
        let passing = try PIIScanProcess().run(["gate", "--ropa", "ropa.yaml", "db/migrations"], in: repository.root)
        #expect(passing.status == 0, "\(passing.stdout)\(passing.stderr)")
        #expect(passing.stdout.contains("piiscan gate passed"))
    }

    @Test("usage errors exit 2: a bad format, an unknown system, a bad RoPA, a failing statement")
    func usageErrors() throws {
        let repository = try GateSampleRepository()
        let process = try PIIScanProcess()
        let base = ["gate", "--ropa", "ropa.yaml", "db/migrations"]
        #expect(try process.run(base + ["--format", "xml"], in: repository.root).status == 2)
        let system = try process.run(base + ["--system", "shpo"], in: repository.root)
        #expect(system.status == 2)
        #expect(system.stderr.contains("did you mean 'shop'"))
        #expect(try process.run(["gate", "--ropa", "missing.yaml", "db/migrations"], in: repository.root).status == 2)
        try "ALTER TABLE nowhere ADD COLUMN email TEXT;\n".write(
            toFile: repository.root + "/db/migrations/V3__bad.sql", atomically: true, encoding: .utf8)
        let statement = try process.run(base, in: repository.root)
        #expect(statement.status == 2)
        #expect(statement.stderr.contains("db/migrations/V3__bad.sql:1: the statement failed on in-memory SQLite"))
    }

    @Test("a PostgreSQL syntax error: the layout and dialect first, then file:line:column, the statement, the remedy")
    func postgresSyntaxError() throws {
        let repository = try GateSampleRepository()
        try "CREATE TABLE t (\n  id bigserial,\n  note text DEFUALT 'x'\n);\n".write(
            toFile: repository.root + "/db/migrations/V3__bad.sql", atomically: true, encoding: .utf8)
        let process = try PIIScanProcess()
        let run = try process.run(
            ["gate", "--ropa", "ropa.yaml", "db/migrations", "--dialect", "postgres"], in: repository.root)
        #expect(run.status == 2)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("piiscan gate: db/migrations: Flyway") == true)
        #expect(lines.first?.hasSuffix("3 migration file(s); postgres dialect (--dialect postgres)") == true)
        #expect(
            lines.dropFirst().first?.hasPrefix(
                "piiscan: error: db/migrations/V3__bad.sql:3:13: PostgreSQL's parser refused the migration") == true)
        #expect(lines.contains("  in the statement at line 1: CREATE TABLE t ("))
        let excluded = try process.run(
            ["gate", "--ropa", "ropa.yaml", "db/migrations", "--dialect", "postgres", "--exclude", "V3__*"],
            in: repository.root)
        #expect(excluded.status == 1, "\(excluded.stderr)")
        #expect(excluded.stdout.contains("2 migration file(s), 1 excluded; postgres dialect"))
    }

    @Test(
        "--scratch prints no server NOTICE lines",
        .enabled(if: PostgresFixture.isAvailable, Comment(rawValue: PostgresFixture.skipReason)))
    func scratchNotices() throws {
        let repository = try GateSampleRepository()
        try "CREATE TABLE gate_notice (id int);\nCREATE TABLE IF NOT EXISTS gate_notice (id int);\n".write(
            toFile: repository.root + "/db/migrations/V3__notice.sql", atomically: true, encoding: .utf8)
        let run = try PIIScanProcess().run(
            ["gate", "--ropa", "ropa.yaml", "db/migrations", "--scratch", PostgresFixture.target],
            in: repository.root)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(!run.stderr.contains("NOTICE"), "\(run.stderr)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
    }

    @Test("an unreachable --scratch server exits 3 and never prints the password")
    func unreachableScratch() throws {
        let repository = try GateSampleRepository()
        let result = try PIIScanProcess().run(
            [
                "gate", "--ropa", "ropa.yaml", "db/migrations", "--scratch",
                "postgres://gate:hunter2-secret@127.0.0.1:1/scratch?connect_timeout=2",
            ], in: repository.root)
        #expect(result.status == 3)
        #expect(result.stderr.contains("127.0.0.1"))
        #expect(!(result.stdout + result.stderr).contains("hunter2-secret"))
    }

    @Test("--format sarif -o writes a private file; --verbose tells the layout on stderr")
    func sarifOutput() throws {
        let repository = try GateSampleRepository()
        let result = try PIIScanProcess().run(
            ["gate", "--ropa", "ropa.yaml", "db/migrations", "--format", "sarif", "-o", "gate.sarif", "--verbose"],
            in: repository.root)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("piiscan gate: db/migrations: Flyway"))
        let path = repository.root + "/gate.sarif"
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let log = try #require(
            JSONSerialization.jsonObject(with: Data(try TempTree.read(path))) as? [String: Any])
        let results = try #require((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        #expect(results.count == 1)
    }

    @Test("--write-baseline accepts today's failures; --baseline then passes, and a new column still fails")
    func baseline() throws {
        let repository = try GateSampleRepository()
        let process = try PIIScanProcess()
        let base = ["gate", "--ropa", "ropa.yaml", "db/migrations"]
        let written = try process.run(base + ["--write-baseline", "gate-baseline.json"], in: repository.root)
        #expect(written.status == 0, "\(written.stderr)")
        let baseline = String(decoding: try TempTree.read(repository.root + "/gate-baseline.json"), as: UTF8.self)
        #expect(baseline.contains("\"column\" : \"mobile_phone\""))
        #expect(!baseline.contains("\"line\""))
        #expect(try process.run(base + ["--baseline", "gate-baseline.json"], in: repository.root).status == 0)
        try "ALTER TABLE customers ADD COLUMN fax TEXT;\n".write(
            toFile: repository.root + "/db/migrations/V3__fax.sql", atomically: true, encoding: .utf8)
        let again = try process.run(base + ["--baseline", "gate-baseline.json"], in: repository.root)
        #expect(again.status == 1)
        #expect(again.stdout.contains("V3__fax.sql:1:34: error: customers.fax"))
        #expect(again.stdout.contains("V2__phone.sql:2:34: note: customers.mobile_phone"))
    }

    @Test("--base limits the check to the branch's migrations; --format github annotates them")
    func baseAndGitHub() throws {
        let repository = try GateSampleRepository()
        let result = try PIIScanProcess().run(
            ["gate", "--ropa", "ropa.yaml", "db/migrations", "--base", "origin/main", "--format", "github"],
            in: repository.root)
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("::error file=db/migrations/V2__phone.sql,line=2,col=34,") == true)
        #expect(lines.last?.contains("checked in 1 file(s)") == true)
    }
}
