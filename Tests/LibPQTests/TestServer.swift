import Foundation
import LibPQ
import Testing

/// The throwaway server `Scripts/with-postgres` starts; tests that need it are skipped without it.
enum TestServer {
    /// Why server tests are skipped when they are.
    static let skipReason: Comment = "needs PostgreSQL: run under Scripts/with-postgres (sets PIISCAN_TEST_PG)"

    static var isAvailable: Bool { ProcessInfo.processInfo.environment["PIISCAN_TEST_PG"] != nil }

    /// The loopback port the server also listens on (TCP asks for a password).
    static var port: String { ProcessInfo.processInfo.environment["PGPORT"] ?? "5432" }

    static var tcpHost: String { ProcessInfo.processInfo.environment["PIISCAN_TEST_PG_TCP_HOST"] ?? "127.0.0.1" }

    /// A read-write superuser connection through the environment (`PGHOST` socket, `PGUSER`…).
    static func admin() throws -> PostgresConnection {
        try PostgresConnection(target: "", settings: PostgresSessionSettings(readOnly: false))
    }

    /// A fresh lowercase identifier, so concurrently running tests never share objects.
    static func uniqueName(_ prefix: String) -> String {
        "\(prefix)_\(UInt32.random(in: 0...UInt32.max))"
    }

    /// Creates a login role with `password` and returns its name; drop it with `dropRole`.
    static func createRole(password: String, on admin: PostgresConnection) throws -> String {
        let role = uniqueName("piiscan_role")
        try admin.execute("CREATE ROLE \(role) LOGIN PASSWORD '\(password)'")
        return role
    }

    static func dropRole(_ role: String, on admin: PostgresConnection) {
        try? admin.execute("DROP OWNED BY \(role)")
        try? admin.execute("DROP ROLE IF EXISTS \(role)")
    }
}
