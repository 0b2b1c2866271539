import Foundation
import PIIScanTestSupport
import Testing

@testable import PIIScanKit

/// The gate on PostgreSQL migrations with no server: PostgreSQL's own parser, the schema folded from its trees.
@Suite("Gate on PostgreSQL without a server")
struct GatePostgresParserTests {
    @Test("every ALTER TABLE action, renames, drops and SET SCHEMA; each column keeps the token that made it")
    func alterActions() throws {
        let fixture = try GateFixture([
            "db/V1__users.sql": """
            CREATE TABLE users (
              id bigserial PRIMARY KEY,
              full_name text NOT NULL,
              created_at timestamptz DEFAULT now(),
              fax text,
              notes text
            );
            """,
            "db/V2__contact.sql": """
            ALTER TABLE users ADD COLUMN email text, ADD COLUMN IF NOT EXISTS fax text,
              DROP COLUMN notes, ALTER COLUMN created_at TYPE date;
            ALTER TABLE users RENAME COLUMN created_at
              TO date_of_birth;
            ALTER TABLE users DROP COLUMN fax;
            ALTER TABLE users RENAME TO customers;
            CREATE SCHEMA crm;
            ALTER TABLE customers SET SCHEMA crm;
            CREATE TABLE scratch (email text);
            DROP TABLE scratch;
            """,
        ])
        let result = try fixture.run { $0.dialect = .postgres }
        #expect(result.groups.map(\.dialect) == [.postgres])
        #expect(
            result.summaryLines == [
                "db/V1__users.sql:3 crm.customers.full_name user.name declared",
                "db/V2__contact.sql:1 crm.customers.email user.contact.email undeclared",
                "db/V2__contact.sql:4 crm.customers.date_of_birth user.demographic.date_of_birth undeclared",
            ])
        let email = try #require(result.finding("crm.customers.email"))
        #expect(email.column.origin.column == 30)
        #expect(email.column.origin.length == 5)
        let birth = try #require(result.finding("crm.customers.date_of_birth"))
        #expect(birth.column.origin.column == 6)
        #expect(birth.column.renamedFrom == "created_at")
        #expect(birth.column.declaredType == "date")
        #expect(result.columnsChecked == 4)
        #expect(
            GateFormat.columns.render(result).split(separator: "\n").first
                == "crm.customers.id\tbigint\ttable\tdb/V1__users.sql:2:3")
        #expect(
            GateFormat.columns.render(result).contains("crm.customers.email\ttext\ttable\tdb/V2__contact.sql:1:30\n"))
    }

    @Test("LIKE, INHERITS (a parent's new column reaches its children), partitions, IF NOT EXISTS, quoted names")
    func createTableForms() throws {
        let fixture = try GateFixture([
            "db/001_people.sql": """
            CREATE TABLE people (id int, full_name text);
            CREATE TABLE IF NOT EXISTS people (phone_number text);
            CREATE TABLE staff (badge int) INHERITS (people);
            CREATE TABLE archived_people (LIKE people INCLUDING ALL);
            CREATE TABLE events (at date, ip_address inet) PARTITION BY RANGE (at);
            CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
            ALTER TABLE people ADD COLUMN email text;
            CREATE TABLE "Mixed" ("E-Mail" text, HomeAddress text);
            """
        ])
        let result = try fixture.run()
        #expect(
            Set(result.findings.map(\.qualifiedColumn)) == [
                "people.full_name", "people.email", "staff.full_name", "staff.email", "archived_people.full_name",
                "events.ip_address", "Mixed.\"E-Mail\"",
            ])
        let inherited = try #require(result.finding("staff.full_name"))
        #expect(inherited.column.origin.line == 3)
        #expect(result.finding("staff.email")?.column.origin.line == 7)
    }

    @Test("views and CREATE TABLE AS take their columns from the query, * expanded, and are marked as views")
    func viewsAndQueries() throws {
        let fixture = try GateFixture([
            "db/001_views.sql": """
            CREATE TABLE users (id int, full_name text, email text);
            CREATE VIEW contacts AS SELECT u.*, email AS contact_email FROM users u;
            CREATE VIEW renamed (person, mail) AS SELECT full_name, email FROM users;
            CREATE MATERIALIZED VIEW stats AS SELECT count(*) FROM users;
            CREATE TABLE copy AS SELECT full_name FROM users;
            """
        ])
        let result = try fixture.run { $0.dialect = .postgres }
        let viewColumns = result.findings.filter(\.column.isView).map(\.qualifiedColumn)
        #expect(
            Set(viewColumns) == [
                "contacts.full_name", "contacts.email", "contacts.contact_email", "renamed.mail", "copy.full_name",
            ])
        #expect(result.finding("contacts.contact_email")?.column.origin.column == 46)
        #expect(result.finding("renamed.mail")?.column.origin.column == 30)
        let verbose = GateFormat.text.render(result, verbose: true)
        #expect(verbose.contains("db/001_views.sql:2:32: note: view column contacts.full_name looks like person_name"))
        #expect(!GateFormat.text.render(result).contains("note: view column"))
    }

    @Test("schemas, search_path and pg_dump's set_config; functions, triggers, policies, DO blocks are skipped")
    func schemasAndSkippedStatements() throws {
        let fixture = try GateFixture([
            "db/structure.sql": """
            SET statement_timeout = 0;
            SELECT pg_catalog.set_config('search_path', '', false);
            CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;
            CREATE SCHEMA app;
            SET search_path = app, public;
            CREATE TABLE accounts (id uuid, contact text, email text, last_login_ip inet);
            CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.x := now(); RETURN NEW; END $$;
            CREATE TRIGGER t BEFORE UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION touch();
            ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
            CREATE POLICY own ON accounts USING (true);
            GRANT SELECT ON accounts TO PUBLIC;
            DO $$ BEGIN CREATE TABLE hidden (email text); END $$;
            ALTER TABLE auth.users ADD COLUMN phone text;
            COMMENT ON COLUMN app.accounts.contact IS 'the customer''s e-mail address';
            INSERT INTO accounts (email) VALUES ('ann@example.com');
            """
        ])
        let result = try fixture.run()
        #expect(result.groups.map(\.layout) == [.structureDump])
        #expect(
            Set(result.findings.map(\.qualifiedColumn)) == [
                "app.accounts.contact", "app.accounts.email", "app.accounts.last_login_ip", "auth.users.phone",
            ])
        #expect(result.statementsApplied == 15)
    }

    @Test("camelCase columns and inet columns are classified by the shared column classifier")
    func camelCaseAndInet() throws {
        let fixture = try GateFixture([
            "db/20240101000000_init/migration.sql": """
            CREATE TABLE "User" (
                "id" TEXT NOT NULL,
                "homeAddress" TEXT,
                "lastLoginIp" TEXT,
                "peer" INET,
                "name" TEXT
            );
            CREATE TABLE "Product" ("id" TEXT NOT NULL, "name" TEXT);
            """
        ])
        let result = try fixture.run()
        #expect(result.groups.map(\.layout) == [.prisma])
        #expect(result.finding("User.homeAddress")?.category.hasPrefix("user.contact.address") == true)
        #expect(result.finding("User.lastLoginIp")?.type == "ip_address")
        #expect(result.finding("User.peer")?.type == "ip_address")
        #expect(result.finding("User.name")?.verdict == .declared)
        let verbose = GateFormat.text.render(result, verbose: true)
        #expect(verbose.contains("note: column User.name looks like person_name (user.name, confidence "))
        #expect(result.finding("Product.name") == nil)
    }

    @Test("a syntax error names the file, line and column of the token, the statement's first line, and what to do")
    func syntaxErrorPointsAtTheToken() throws {
        let fixture = try GateFixture([
            "db/001_init.sql": """
            CREATE TABLE users (id bigserial);

            CREATE TABLE accounts (
              id int,
              email text DEFAULT 'ann@example.com',
              owner int REFERENCES users,
              bad text DEFUALT now()
            );
            """
        ])
        let error = try #require(fixture.error())
        #expect(error.kind == .usage)
        #expect(error.message.hasPrefix("db/001_init.sql:7:12: PostgreSQL's parser refused the migration: "))
        #expect(error.message.contains("\"DEFUALT\""))
        #expect(error.notes.first == "in the statement at line 3: CREATE TABLE accounts (")
        #expect(error.notes.last?.contains("--exclude") == true)
        #expect(error.context.first?.contains("postgres dialect (BIGSERIAL in db/001_init.sql:1)") == true)
        #expect(!(error.message + error.notes.joined()).contains("ann@example.com"))
    }

    @Test("the dialect is decided per path from evidence, and --dialect overrides it")
    func dialectPerSet() throws {
        let fixture = try GateFixture([
            "db/pg/001_a.sql": "CREATE TABLE a (id serial, email text);\n",
            "db/lite/001_b.sql": "CREATE TABLE b (id INTEGER PRIMARY KEY AUTOINCREMENT, email TEXT);\n",
        ])
        let result = try fixture.run(["db/pg", "db/lite"])
        #expect(result.groups.map(\.dialect) == [.postgres, .sqlite])
        #expect(result.groups[0].dialectEvidence == "SERIAL in db/pg/001_a.sql:1")
        #expect(Set(result.findings.map(\.qualifiedColumn)) == ["a.email", "b.email"])
        let forced = fixture.error(["db/lite"]) { $0.dialect = .postgres }
        #expect(forced?.message.contains("db/lite/001_b.sql:1:40:") == true)
    }
}
