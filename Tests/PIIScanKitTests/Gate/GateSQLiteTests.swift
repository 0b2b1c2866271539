import Foundation
import PIIScanTestSupport
import Testing

@testable import PIIScanKit

@Suite("Gate on SQLite")
struct GateSQLiteTests {
    @Test("every column keeps the file and line that created or renamed it; drops and table renames are followed")
    func provenance() throws {
        let fixture = try GateFixture([
            "db/V1__users.sql": """
            CREATE TABLE users (
              id INTEGER PRIMARY KEY,
              full_name TEXT,
              created_at TIMESTAMP,
              fax TEXT
            );
            """,
            "db/V2__contact.sql": """
            ALTER TABLE users ADD COLUMN email TEXT;
            ALTER TABLE users RENAME COLUMN created_at
              TO date_of_birth;
            ALTER TABLE users DROP COLUMN fax;
            ALTER TABLE users RENAME TO customers;
            """,
            "db/V10__view.sql": "CREATE VIEW mailing AS\n  SELECT full_name, email AS contact_email FROM customers;\n",
        ])
        let result = try fixture.run()
        #expect(result.groups.map(\.layout) == [.flyway])
        #expect(result.groups[0].files.map(\.path) == ["db/V1__users.sql", "db/V2__contact.sql", "db/V10__view.sql"])
        #expect(
            result.summaryLines == [
                "db/V1__users.sql:3 customers.full_name user.name declared",
                "db/V2__contact.sql:1 customers.email user.contact.email undeclared",
                "db/V2__contact.sql:3 customers.date_of_birth user.demographic.date_of_birth undeclared",
                "db/V10__view.sql:2 mailing.full_name user.name declared",
                "db/V10__view.sql:2 mailing.contact_email user.contact.email undeclared",
            ])
        let email = try #require(result.finding("customers.email"))
        #expect(email.column.origin.column == 30)
        #expect(email.system == "shop")
        #expect(email.owner == "shop-team@test.example")
        #expect(email.suggestion.contains("data_categories: [user.name, user.contact.email]"))
        #expect(result.finding("customers.date_of_birth")?.column.renamedFrom == "created_at")
        #expect(!result.passed)
    }

    @Test("CREATE SCHEMA and quoted identifiers: an attached schema holds app.\"User Emails\"")
    func schemasAndQuotedIdentifiers() throws {
        let fixture = try GateFixture([
            "db/001_app.sql": """
            CREATE SCHEMA app;
            CREATE TABLE app."User Emails" (
              "id" INTEGER,
              "E-Mail" TEXT,
              "phone;number" TEXT -- piiscan:ignore test numbers from the load generator
            );
            """
        ])
        let result = try fixture.run()
        #expect(result.groups.map(\.dialect) == [.postgres])
        #expect(
            result.summaryLines == [
                "db/001_app.sql:4 app.\"User Emails\".\"E-Mail\" user.contact.email undeclared",
                "db/001_app.sql:5 app.\"User Emails\".\"phone;number\" user.contact.phone_number "
                    + "ignored(reason: \"test numbers from the load generator\")",
            ])
    }

    @Test("comments classify: COMMENT ON COLUMN (parsed, since SQLite has none) and a trailing -- comment")
    func comments() throws {
        let fixture = try GateFixture([
            "db/1_a.sql": """
            CREATE TABLE t (
              c1 TEXT, -- the customer's mobile number
              c2 TEXT,
              c3 TEXT
            );
            COMMENT ON COLUMN t.c2 IS 'e-mail address';
            COMMENT ON COLUMN main.t.c3 IS NULL;
            """
        ])
        let result = try fixture.run()
        #expect(result.finding("t.c1")?.category == "user.contact.phone_number")
        #expect(result.finding("t.c2")?.category == "user.contact.email")
        #expect(result.finding("t.c2")?.column.origin.line == 3)
        #expect(result.finding("t.c3") == nil)
    }

    @Test("inline directives: ignore needs a reason; category must be a taxonomy key")
    func directives() throws {
        let fixture = try GateFixture([
            "db/1_a.sql": """
            CREATE TABLE t (
              email TEXT, -- piiscan:ignore
              phone TEXT, -- piiscan:category user.contact.phone_number
              surname TEXT
            );
            """
        ])
        let result = try fixture.run()
        #expect(result.finding("t.email")?.verdict == .undeclared)
        #expect(result.warnings.map(\.origin.line) == [2])
        #expect(result.warnings[0].message.contains("needs a reason"))
        #expect(result.finding("t.phone")?.verdict == .declaredInline(category: "user.contact.phone_number"))
        #expect(result.finding("t.surname")?.verdict == .declared)

        let misspelt = try GateFixture([
            "db/1_a.sql": "CREATE TABLE t (\n  phone TEXT -- piiscan:category user.contact.phone_numbr\n);"
        ])
        let error = try #require(misspelt.error())
        #expect(error.kind == .usage)
        #expect(error.message.contains("db/1_a.sql:2"))
        #expect(error.message.contains("did you mean 'user.contact.phone_number'"))
    }

    @Test("columns are judged in their table: a bare name counts about people, quasi-identifiers only warn")
    func tableContext() throws {
        let fixture = try GateFixture([
            "db/1_a.sql": "CREATE TABLE books (id INTEGER, name TEXT);\nCREATE TABLE members (id INTEGER, name TEXT);",
            "db/2_b.sql": "ALTER TABLE members ADD COLUMN city TEXT;",
        ])
        let result = try fixture.run()
        #expect(result.finding("books.name") == nil)
        #expect(result.finding("members.name")?.type == "person_name")
        #expect(result.finding("members.city") == nil)
        #expect(result.warnings.map(\.origin.file.path) == ["db/2_b.sql"])
        #expect(result.warnings.first?.message.contains("members.city looks like city") == true)
        #expect(result.passed, "a quasi-identifier alone never fails the gate")
    }

    @Test("the owning system: from path: locations, from --system, or a usage error listing the systems")
    func ownership() throws {
        let fixture = try GateFixture([
            "db/1_a.sql": "CREATE TABLE t (email TEXT);",
            "billing/1_b.sql": "CREATE TABLE b (iban TEXT);",
            "other/1_c.sql": "CREATE TABLE c (email TEXT);",
        ])
        let result = try fixture.run(["db", "billing"])
        #expect(result.findings.map(\.system) == ["shop", "billing"])
        let unowned = try #require(fixture.error(["other"]))
        #expect(unowned.kind == .usage)
        #expect(unowned.message.contains("other/1_c.sql"))
        #expect(unowned.message.contains("Systems: shop, billing"))
        #expect(try fixture.run(["other"]) { $0.systemID = "shop" }.findings.map(\.system) == ["shop"])
        let unknown = try #require(fixture.error(["other"]) { $0.systemID = "shpo" })
        #expect(unknown.message.contains("did you mean 'shop'"))
    }

    @Test("a failing statement names file and line and the database's message, never the statement's values")
    func failingStatement() throws {
        let fixture = try GateFixture([
            "db/1_a.sql": "CREATE TABLE t (id INTEGER);\n\nINSERT INTO t VALUES ('ann@example.com' 'x');\n"
                + "ALTER TABLE missing ADD COLUMN email TEXT;\n"
        ])
        let error = try #require(fixture.error())
        #expect(error.kind == .usage)
        #expect(
            error.message.hasPrefix("db/1_a.sql:4: the statement failed on in-memory SQLite: no such table: missing"))
        let syntax = try GateFixture([
            "db/1_a.sql": "CREATE TABLE t (id INTEGER DEFAULT 'ann@example.com' 'ann@example.com');\n"
        ])
        let syntaxError = try #require(syntax.error())
        #expect(syntaxError.message.hasPrefix("db/1_a.sql:1:"))
        #expect(!syntaxError.message.contains("ann@example.com"))
    }

    @Test("the baseline suppresses what it lists, keyed by column and category, not by line")
    func baseline() throws {
        let fixture = try GateFixture(["db/1_a.sql": "CREATE TABLE t (id INTEGER, email TEXT);\n"])
        let first = try fixture.run()
        #expect(first.failures.count == 1)
        try GateBaseline(entries: first.failures.map(\.key)).encoded().write(
            toFile: fixture.tree.path("baseline.json"), atomically: true, encoding: .utf8)
        let suppressed = try fixture.run { $0.baselinePath = "baseline.json" }
        #expect(suppressed.passed)
        #expect(suppressed.findings.map(\.verdict) == [.baselined])

        // A new PII column on the very line the baseline covers still fails; moving the line keeps the old one
        // suppressed.
        try "\n\nCREATE TABLE t (id INTEGER, email TEXT, phone TEXT);\n".write(
            toFile: fixture.tree.path("db/1_a.sql"), atomically: true, encoding: .utf8)
        let changed = try fixture.run { $0.baselinePath = "baseline.json" }
        #expect(
            changed.summaryLines == [
                "db/1_a.sql:3 t.email user.contact.email baselined",
                "db/1_a.sql:3 t.phone user.contact.phone_number undeclared",
            ])

        // The same column re-created with another type is a new finding.
        try "CREATE TABLE t (id INTEGER, email BLOB_TEXT);\n".write(
            toFile: fixture.tree.path("db/1_a.sql"), atomically: true, encoding: .utf8)
        #expect(try fixture.run { $0.baselinePath = "baseline.json" }.finding("t.email")?.verdict == .undeclared)
    }

    @Test("baseline files are sorted, stable JSON; a malformed one is a usage error naming it")
    func baselineFormat() throws {
        let fixture = try GateFixture([
            "db/1_a.sql": "CREATE TABLE t (phone TEXT, email TEXT);\n", "bad.json": "{\"entries\": 3}",
        ])
        let result = try fixture.run()
        let text = GateBaseline(entries: result.failures.reversed().map(\.key)).encoded()
        #expect(text == GateBaseline(entries: result.failures.map(\.key)).encoded())
        #expect(
            text.range(of: "\"column\" : \"email\"")!.lowerBound < text.range(of: "\"column\" : \"phone\"")!.lowerBound)
        let decoded = try JSONDecoder().decode(GateBaseline.self, from: Data(text.utf8))
        #expect(Set(decoded.entries) == Set(result.failures.map(\.key)))
        let error = try #require(fixture.error { $0.baselinePath = "bad.json" })
        #expect(error.kind == .usage)
        #expect(error.message.hasPrefix("bad.json: not a piiscan gate baseline"))
    }

    @Test("SQLite's error names the failing token's line and column; a view over a missing column names its file")
    func sqliteErrorsPointAtTheToken() throws {
        let fixture = try GateFixture([
            "db/001_a.sql": """
            CREATE TABLE users (id INTEGER PRIMARY KEY AUTOINCREMENT);
            CREATE TABLE t (
              id INTEGER,
              email TEXT DEFAULT 'ann@example.com' NOT NUL
            );
            """
        ])
        let error = try #require(fixture.error())
        #expect(error.message.hasPrefix("db/001_a.sql:4:44: the statement failed on in-memory SQLite: near \"NUL\""))
        #expect(error.notes == ["in the statement at line 2: CREATE TABLE t ("])
        try "CREATE TABLE users (id INTEGER PRIMARY KEY AUTOINCREMENT);\nCREATE VIEW v AS SELECT nope FROM users;\n"
            .write(toFile: fixture.tree.path("db/001_a.sql"), atomically: true, encoding: .utf8)
        let view = try #require(fixture.error())
        #expect(view.kind == .usage)
        #expect(view.message.hasPrefix("db/001_a.sql:2: after this statement, "))
        #expect(view.message.contains("no such column: nope"))
    }

    @Test("trigger bodies, skipped PostgreSQL statements and data statements do not disturb provenance")
    func skippedStatements() throws {
        let fixture = try GateFixture([
            "db/1_a.sql": """
            CREATE EXTENSION IF NOT EXISTS citext;
            SET search_path TO public;
            CREATE TABLE t (id INTEGER, nick TEXT);
            INSERT INTO t VALUES (1, now());
            CREATE TRIGGER t_audit AFTER INSERT ON t BEGIN
              UPDATE t SET nick = 'a;b' WHERE id = NEW.id;
            END;
            ALTER TABLE t ADD COLUMN mobile TEXT;
            """
        ])
        let result = try fixture.run { $0.dialect = .sqlite }
        #expect(result.summaryLines == ["db/1_a.sql:8 t.mobile user.contact.phone_number undeclared"])
    }

    @Test("--base checks only migrations added since the revision, but applies them all")
    func base() throws {
        let fixture = try GateFixture([
            "db/V1__a.sql": "CREATE TABLE t (id INTEGER, email TEXT);\n"
        ])
        let git = { (arguments: [String]) throws in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments =
                ["git", "-C", fixture.tree.root, "-c", "user.email=t@test.example", "-c", "user.name=t"]
                + arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "git \(arguments)")
        }
        try git(["init", "-q", "-b", "main"])
        try git(["add", "-A"])
        try git(["commit", "-qm", "base"])
        try git(["checkout", "-qb", "feature"])
        try fixture.tree.create("db/V2__b.sql", .text("ALTER TABLE t ADD COLUMN phone TEXT;\n"))
        try git(["add", "-A"])
        try git(["commit", "-qm", "feature"])
        try fixture.tree.create("db/V3__c.sql", .text("ALTER TABLE t ADD COLUMN mobile TEXT;\n"))
        let result = try fixture.run { $0.base = "main" }
        #expect(result.checkedFiles == ["db/V2__b.sql", "db/V3__c.sql"])
        #expect(result.findings.map(\.qualifiedColumn) == ["t.phone", "t.mobile"])
        let error = try #require(fixture.error { $0.base = "no-such-branch" })
        #expect(error.kind == .usage)
        #expect(error.message.contains("'no-such-branch' is not a revision"))
    }

    @Test("no migrations, or a path that does not exist, is a usage error")
    func missingInput() throws {
        let fixture = try GateFixture(["db/readme.txt": "none"])
        #expect(fixture.error()?.message.hasPrefix("no migration files") == true)
        #expect(fixture.error(["nope"])?.message == "nope: no such file or directory")
    }

    @Test("Prisma and plain layouts apply in their order, each group as detected")
    func prismaAndPlain() throws {
        let fixture = try GateFixture([
            "db/prisma/20240301000000_contact/migration.sql": "ALTER TABLE \"User\" ADD COLUMN \"email\" TEXT;\n",
            "db/prisma/20231201120000_init/migration.sql": "CREATE TABLE \"User\" (\"id\" INTEGER);\n",
            "db/prisma/migration_lock.toml": "provider = \"sqlite\"\n",
            "db/plain/schema.sql": "CREATE TABLE notes (body TEXT);\n",
            "db/plain/zz_more.sql": "ALTER TABLE notes ADD COLUMN author_phone TEXT;\n",
        ])
        let result = try fixture.run(["db/prisma", "db/plain"])
        #expect(result.groups.map(\.layout) == [.prisma, .plain])
        #expect(
            result.summaryLines == [
                "db/prisma/20240301000000_contact/migration.sql:1 User.email user.contact.email undeclared",
                "db/plain/zz_more.sql:1 notes.author_phone user.contact.phone_number undeclared",
            ])
    }

    @Test("the dialect is detected from PostgreSQL-only syntax, else SQLite")
    func dialect() throws {
        let file = { (text: String) in
            MigrationFile(path: "m.sql", absolutePath: "/m.sql", repositoryPath: "m.sql", bytes: Array(text.utf8))
        }
        #expect(GateDialect.detect([file("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT);")]) == .sqlite)
        #expect(GateDialect.detect([file("CREATE TABLE t (id bigserial);")]) == .postgres)
        #expect(GateDialect.detect([file("SELECT '1'::int;")]) == .postgres)
        #expect(GateDialect.detect([file("DO $$ BEGIN END $$;")]) == .postgres)
        #expect(GateDialect.detect([file("-- jsonb in a comment\nSELECT 'serial';")]) == .sqlite)
    }

    @Test("a SELECT * view gains the columns its table gains, from the statement that added them")
    func starView() throws {
        let fixture = try GateFixture([
            "db/1_a.sql": "CREATE TABLE t (id INTEGER);\nCREATE VIEW v AS SELECT * FROM t;\n",
            "db/2_b.sql": "ALTER TABLE t ADD COLUMN email TEXT;\n",
        ])
        #expect(
            try fixture.run().summaryLines == [
                "db/2_b.sql:1 t.email user.contact.email undeclared",
                "db/2_b.sql:1 v.email user.contact.email undeclared",
            ])
    }
}
