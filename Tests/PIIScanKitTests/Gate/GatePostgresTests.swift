import Foundation
import LibPQ
import PIIScanTestSupport
import Testing

@testable import PIIScanKit

@Suite(
    "Gate on a PostgreSQL scratch server",
    .enabled(if: PostgresFixture.isAvailable, Comment(rawValue: PostgresFixture.skipReason)))
struct GatePostgresTests {
    /// The schemas a gate run could leave behind: its scratch schemas, and those the test migrations create
    /// (other suites' fixture schemas come and go concurrently, so they are not counted).
    private func leftovers() throws -> [String] {
        let connection = try PostgresConnection(target: PostgresFixture.target)
        let rows = try connection.rows(
            "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'piiscan\\_gate\\_%' OR nspname = 'app'")
        return rows.compactMap { $0.first ?? nil }
    }

    @Test("PostgreSQL migrations: schemas, quoted names, comments, renames, views, dollar quotes; nothing is left")
    func appliesAndRollsBack() throws {
        let fixture = try GateFixture([
            "db/001_init.up.sql": """
            BEGIN;
            CREATE SCHEMA app;
            CREATE TABLE app."User Emails" (
              id bigserial PRIMARY KEY,
              "E-Mail" text NOT NULL,
              note text
            );
            COMMENT ON COLUMN app."User Emails".note IS 'customer phone number';
            CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              NEW.note := 'x; y';
              RETURN NEW;
            END;
            $$;
            COMMIT;
            """,
            "db/001_init.down.sql": "DROP SCHEMA app CASCADE;\n",
            "db/002_people.up.sql": """
            CREATE TABLE people (id serial, surname text, birth date, fax text);
            ALTER TABLE people RENAME TO persons;
            ALTER TABLE persons RENAME COLUMN birth TO dob;
            ALTER TABLE persons DROP COLUMN fax;
            CREATE INDEX CONCURRENTLY persons_surname ON persons (surname);
            CREATE VIEW app.contacts AS SELECT "E-Mail" AS contact_email FROM app."User Emails";
            """,
        ])
        let result = try fixture.run { $0.scratch = PostgresFixture.target }
        #expect(result.groups.map(\.dialect) == [.postgres])
        #expect(result.groups.map(\.layout) == [.golangMigrate])
        #expect(result.groups[0].ignored == ["db/001_init.down.sql"])
        #expect(result.database.hasSuffix("(in a transaction that is rolled back)"))
        #expect(
            result.summaryLines == [
                "db/001_init.up.sql:5 app.\"User Emails\".\"E-Mail\" user.contact.email undeclared",
                "db/001_init.up.sql:6 app.\"User Emails\".note user.contact.phone_number undeclared",
                "db/002_people.up.sql:1 persons.surname user.name declared",
                "db/002_people.up.sql:3 persons.dob user.demographic.date_of_birth undeclared",
                "db/002_people.up.sql:6 app.contacts.contact_email user.contact.email undeclared",
            ])
        #expect(result.finding("persons.dob")?.column.renamedFrom == "birth")
        #expect(result.finding("app.\"User Emails\".note")?.column.comment == "customer phone number")
        #expect(try leftovers() == [])
    }

    @Test("tables the server already has are not the migrations' columns, even when a migration reads them")
    func existingTablesIgnored() throws {
        let server = try PostgresFixture()
        try server.execute("CREATE TABLE legacy_contacts (email text, phone text)")
        let fixture = try GateFixture([
            "db/1_a.sql": "CREATE VIEW recent AS SELECT email AS contact_email FROM \(server.schema).legacy_contacts;\n"
        ])
        let result = try fixture.run { $0.scratch = PostgresFixture.target }
        #expect(result.summaryLines == ["db/1_a.sql:1 recent.contact_email user.contact.email undeclared"])
    }

    @Test("objects made in public are found as public.x; a server table gets only its new column; no extension")
    func publicSchemaAndExistingTables() throws {
        let server = try PostgresFixture()
        try server.execute("CREATE TABLE legacy (email text, phone text)")
        let table = "\(server.schema).legacy"
        let fixture = try GateFixture([
            "db/1_a.sql": """
            CREATE TABLE gate_accounts (id int);
            ALTER TABLE public.gate_accounts ADD COLUMN email text;
            ALTER TABLE \(table) ADD COLUMN mobile text;
            CREATE TABLE IF NOT EXISTS gate_accounts (id int);
            """,
            "other/1_b.sql": "CREATE EXTENSION IF NOT EXISTS piiscan_no_such_extension;\n",
        ])
        let result = try fixture.run { $0.scratch = PostgresFixture.target }
        #expect(
            result.summaryLines == [
                "db/1_a.sql:2 gate_accounts.email user.contact.email undeclared",
                "db/1_a.sql:3 \(table).mobile user.contact.phone_number undeclared",
            ])
        let error = try #require(fixture.error(["other"]) { $0.scratch = PostgresFixture.target })
        #expect(error.message.hasPrefix("other/1_b.sql:1: "))
        #expect(error.message.contains("has no extension \"piiscan_no_such_extension\", which this statement needs"))
    }

    @Test("a statement the server refuses is a usage error naming file and line, and the scratch schema goes")
    func failingStatement() throws {
        let fixture = try GateFixture([
            "db/1_a.sql": "CREATE TABLE t (id int);\nINSERT INTO t VALUES ('4111 1111 1111 1111');\n"
        ])
        let error = try #require(fixture.error { $0.scratch = PostgresFixture.target })
        #expect(error.kind == .usage)
        #expect(error.message.hasPrefix("db/1_a.sql:2: the statement failed on postgres://"))
        #expect(error.message.contains("SQLSTATE 22P02"))
        #expect(!error.message.contains("4111"))
        #expect(try leftovers() == [])
    }

    @Test("an unreachable scratch server could not complete (exit 3): host named, password never")
    func unreachable() throws {
        let fixture = try GateFixture(["db/1_a.sql": "CREATE TABLE t (email text);\n"])
        let error = try #require(
            fixture.error { $0.scratch = "postgres://gate:s3cret-pw@127.0.0.1:1/nowhere?connect_timeout=2" })
        #expect(error.kind == .incomplete)
        #expect(error.message.contains("127.0.0.1"))
        #expect(!error.message.contains("s3cret-pw"))
    }
}
