import Foundation
import PIIScanTestSupport
import Testing

@testable import PIIScanKit

/// Every common migration layout is read in its tool's order, and no down migration is ever read: each down
/// part below adds an `email` column that would fail the gate if it were.
@Suite("Gate migration layouts")
struct GateLayoutTests {
    private static let down = "ALTER TABLE users ADD COLUMN email text;\n"

    private func read(_ files: [String: String]) throws -> GateResult {
        try GateFixture(files).run { $0.dialect = .postgres }
    }

    @Test("Diesel and sqlx directories: up.sql in version order, down.sql never")
    func diesel() throws {
        let result = try read([
            "db/2018-01-14-171611_create/up.sql": "CREATE TABLE users (id int);\n",
            "db/2018-01-14-171611_create/down.sql": Self.down,
            "db/2019-02-01-000000_name/up.sql": "ALTER TABLE users ADD COLUMN full_name text;\n",
            "db/2019-02-01-000000_name/down.sql": Self.down,
        ])
        #expect(result.groups.map(\.layout) == [.diesel])
        #expect(result.groups[0].ignored.count == 2)
        #expect(result.summaryLines == ["db/2019-02-01-000000_name/up.sql:1 users.full_name user.name declared"])
    }

    @Test("golang-migrate and sqlx .up.sql / .down.sql")
    func upDownFiles() throws {
        let result = try read([
            "db/1_create.up.sql": "CREATE TABLE users (id int, full_name text);\n",
            "db/1_create.down.sql": Self.down,
        ])
        #expect(result.groups.map(\.layout) == [.golangMigrate])
        #expect(result.passed)
    }

    @Test("goose Up/Down sections with StatementBegin/End")
    func goose() throws {
        let result = try read([
            "db/00001_create.sql": """
            -- +goose Up
            -- +goose StatementBegin
            CREATE TABLE users (id int, full_name text);
            -- +goose StatementEnd
            -- +goose Down
            \(Self.down)
            """
        ])
        #expect(result.groups.map(\.layout) == [.goose])
        #expect(result.passed)
        #expect(result.findings.first?.column.origin.line == 3)
    }

    @Test("dbmate migrate:up / migrate:down sections")
    func dbmate() throws {
        let result = try read([
            "db/20240101000000_create.sql": """
            -- migrate:up
            CREATE TABLE users (id int, full_name text);

            -- migrate:down
            \(Self.down)
            """
        ])
        #expect(result.groups.map(\.layout) == [.dbmate])
        #expect(result.passed)
    }

    @Test("Liquibase formatted SQL: changesets read, rollbacks not")
    func liquibase() throws {
        let result = try read([
            "db/changelog.sql": """
            --liquibase formatted sql
            --changeset ann:1
            CREATE TABLE users (id int, full_name text);
            --rollback ALTER TABLE users ADD COLUMN email text;
            """
        ])
        #expect(result.groups.map(\.layout) == [.liquibase])
        #expect(result.passed)
    }

    @Test("Flyway undo files are not read; repeatables come after versions")
    func flywayUndo() throws {
        let result = try read([
            "db/V1__create.sql": "CREATE TABLE users (id int, full_name text);\n",
            "db/U1__create.sql": Self.down,
            "db/R__view.sql": "CREATE OR REPLACE VIEW names AS SELECT full_name FROM users;\n",
        ])
        #expect(result.groups.map(\.layout) == [.flyway])
        #expect(result.groups[0].files.map(\.path) == ["db/V1__create.sql", "db/R__view.sql"])
        #expect(result.passed)
    }

    @Test("--exclude leaves files out and says how many")
    func exclude() throws {
        let fixture = try GateFixture([
            "db/001_create.sql": "CREATE TABLE users (id int, full_name text);\n",
            "db/seeds/002_seed.sql": Self.down,
            "db/003_more.sql": Self.down,
        ])
        let result = try fixture.run { $0.excludeGlobs = ["seeds/**", "003_*.sql"] }
        #expect(result.groups[0].files.map(\.path) == ["db/001_create.sql"])
        #expect(result.groups[0].excluded == ["db/003_more.sql", "db/seeds/002_seed.sql"])
        #expect(result.preamble[0].contains("2 excluded"))
        #expect(result.passed)
    }
}
