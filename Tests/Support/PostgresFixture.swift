import Foundation
import LibPQ

/// A schema of its own on the test server that `Scripts/with-postgres` starts, dropped (with the roles made
/// for it) when the fixture goes away. Tests that need it are skipped when the server is absent.
public final class PostgresFixture {
    /// Why PostgreSQL tests are skipped when they are.
    public static let skipReason = "needs PostgreSQL: run under Scripts/with-postgres (sets PIISCAN_TEST_PG)"

    public static var isAvailable: Bool { ProcessInfo.processInfo.environment["PIISCAN_TEST_PG"] != nil }

    /// The target that reaches the test server through the environment (`PGHOST` socket, `PGPORT`, `PGUSER`).
    public static let target = "dbname=postgres"

    /// The fixture's schema: a fresh lowercase name, so concurrent suites never share objects.
    public let schema: String
    private let admin: PostgresConnection
    private var roles: [String] = []

    /// Connects as the superuser (read-write) and creates the schema.
    public init() throws {
        admin = try PostgresConnection(target: Self.target, settings: PostgresSessionSettings(readOnly: false))
        schema = "piiscan_test_\(UInt32.random(in: 0...UInt32.max))"
        try admin.execute("CREATE SCHEMA \(schema)")
    }

    deinit {
        try? admin.execute("DROP SCHEMA IF EXISTS \(schema) CASCADE")
        for role in roles {
            try? admin.execute("DROP OWNED BY \(role)")
            try? admin.execute("DROP ROLE IF EXISTS \(role)")
        }
    }

    /// Runs setup SQL (several statements allowed) as the superuser, with `search_path` set to the schema.
    public func execute(_ sql: String) throws {
        try admin.execute("SET search_path TO \(schema); \(sql)")
    }

    /// The rows of a query, as strings.
    public func rows(_ sql: String, parameters: [String?] = []) throws -> [[String?]] {
        try admin.rows(sql, parameters: parameters)
    }

    /// A login role (trusted on the socket; `password` for TCP) dropped with the fixture.
    public func createRole(password: String = "fixture-secret") throws -> String {
        let role = "piiscan_role_\(UInt32.random(in: 0...UInt32.max))"
        try admin.execute("CREATE ROLE \(role) LOGIN PASSWORD '\(password)'")
        roles.append(role)
        return role
    }

    /// Terminates every other backend now running a query that mentions `marker`; returns how many.
    @discardableResult
    public static func terminateBackends(runningQueryContaining marker: String) throws -> Int {
        let admin = try PostgresConnection(target: target, settings: PostgresSessionSettings(readOnly: false))
        let rows = try admin.rows(
            """
            SELECT pg_terminate_backend(pid) FROM pg_stat_activity
             WHERE pid <> pg_backend_pid() AND state = 'active' AND position($1 IN query) > 0
            """, parameters: [marker])
        return rows.count
    }
}
