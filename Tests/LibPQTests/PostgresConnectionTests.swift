import Foundation
import LibPQ
import Testing

/// Connecting the way libpq users do, and failing clearly without leaking a password.
@Suite("PostgresConnection", .enabled(if: TestServer.isAvailable, TestServer.skipReason))
struct PostgresConnectionTests {
    @Test func connectsThroughTheEnvironmentAndNamesTheLiveLocator() throws {
        let connection = try PostgresConnection(target: "")
        let environment = ProcessInfo.processInfo.environment
        #expect(connection.isAlive)
        #expect(connection.serverVersion >= 120_000)
        #expect(connection.locator.host == environment["PGHOST"])
        #expect(connection.locator.port == TestServer.port)
        #expect(connection.locator.database == "postgres")
    }

    @Test func sessionIsReadOnlyWithTimeouts() throws {
        let settings = PostgresSessionSettings(statementTimeoutMilliseconds: 1500, lockTimeoutMilliseconds: 700)
        let connection = try PostgresConnection(target: "", settings: settings)
        #expect(try connection.rows("SHOW transaction_read_only") == [["on"]])
        #expect(try connection.rows("SHOW statement_timeout") == [["1500ms"]])
        #expect(try connection.rows("SHOW lock_timeout") == [["700ms"]])
        #expect(try connection.rows("SHOW client_encoding") == [["UTF8"]])
        #expect(throws: LibPQError.self) { try connection.execute("CREATE TABLE piiscan_must_not_exist (a int)") }
        let state = try connection.readOnlyTransaction { () throws(LibPQError) in
            try connection.rows("SHOW transaction_read_only")
        }
        #expect(state == [["on"]])
    }

    @Test func passwordOverTCPAndPassfile() throws {
        let admin = try TestServer.admin()
        let role = try TestServer.createRole(password: "right-secret", on: admin)
        defer { TestServer.dropRole(role, on: admin) }
        let uri = "postgresql://\(role):right-secret@\(TestServer.tcpHost):\(TestServer.port)/postgres"
        let viaURI = try PostgresConnection(target: uri)
        #expect(try viaURI.rows("SELECT current_user") == [[role]])
        #expect(viaURI.locator.displayForm == "postgres://\(TestServer.tcpHost):\(TestServer.port)/postgres")

        let passfile = FileManager.default.temporaryDirectory.appendingPathComponent(TestServer.uniqueName("pgpass"))
        let line = "\(TestServer.tcpHost):\(TestServer.port):*:\(role):right-secret\n"
        try line.write(to: passfile, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: passfile.path)
        defer { try? FileManager.default.removeItem(at: passfile) }
        let conninfo = "host=\(TestServer.tcpHost) port=\(TestServer.port) user=\(role) passfile=\(passfile.path)"
        let viaPassfile = try PostgresConnection(target: conninfo)
        #expect(try viaPassfile.rows("SELECT current_user") == [[role]])
    }

    @Test func badPasswordIsAnAuthenticationErrorWithoutThePassword() throws {
        let admin = try TestServer.admin()
        let role = try TestServer.createRole(password: "right-secret", on: admin)
        defer { TestServer.dropRole(role, on: admin) }
        let uri = "postgres://\(role):wrong-secret@\(TestServer.tcpHost):\(TestServer.port)/postgres"
        do {
            _ = try PostgresConnection(target: uri)
            Issue.record("connected with a wrong password")
        } catch {
            #expect(error.kind == .authentication)
            #expect(error.sqlState == "28P01")
            #expect(error.message.hasPrefix("connection to server at \"\(TestServer.tcpHost)\""))
            #expect(error.message.contains("password authentication failed for user \"\(role)\""))
            #expect(error.description.contains(TestServer.tcpHost))
            #expect(!error.description.contains("wrong-secret"))
            #expect(!error.description.contains("right-secret"))
        }
    }

    @Test func closedPortIsUnreachable() throws {
        do {
            _ = try PostgresConnection(target: "postgres://someone:pw-secret@127.0.0.1:1/crm")
            Issue.record("connected to port 1")
        } catch {
            #expect(error.kind == .unreachable)
            #expect(error.description.contains("127.0.0.1"))
            #expect(!error.description.contains("pw-secret"))
        }
    }

    @Test func missingDatabaseIsUnreachableWithItsSQLState() throws {
        do {
            _ = try PostgresConnection(target: "dbname=piiscan_no_such_database")
            Issue.record("connected to a missing database")
        } catch {
            #expect(error.kind == .unreachable)
            #expect(error.sqlState == "3D000")
        }
    }

    @Test func userOptionsAreKeptAndOursStillApply() throws {
        let connection = try PostgresConnection(target: "dbname=postgres options='-c search_path=piiscan_elsewhere'")
        #expect(try connection.rows("SHOW search_path") == [["piiscan_elsewhere"]])
        #expect(try connection.rows("SHOW transaction_read_only") == [["on"]])
    }

    @Test func sslModeIsHonoured() throws {
        let error = #expect(throws: LibPQError.self) {
            try PostgresConnection(target: "host=\(TestServer.tcpHost) port=\(TestServer.port) sslmode=require")
        }
        #expect(error?.kind == .unreachable)
        #expect(error?.message.contains("SSL") == true)
    }
}
