import LibPQ
import Testing

/// Streaming rows in single-row mode, parameters, early stops, and how query failures are classified.
@Suite("PostgresRowStream", .enabled(if: TestServer.isAvailable, TestServer.skipReason))
struct PostgresRowStreamTests {
    @Test func streamsManyRowsAsBytes() throws {
        let connection = try PostgresConnection(target: "")
        let stream = try connection.query("SELECT g, 'row ' || g, NULL::text FROM generate_series(1, 50000) g")
        var count = 0
        while try stream.next() {
            count += 1
            #expect(stream.columnCount == 3)
            if count == 42 {
                #expect(stream.bytes(1) == Array("row 42".utf8))
                #expect(stream.string(0) == "42")
            }
            #expect(stream.isNull(2))
        }
        #expect(count == 50000)
        #expect(try connection.rows("SELECT 1") == [["1"]])
    }

    @Test func parametersAreNeverInterpolated() throws {
        let connection = try PostgresConnection(target: "")
        let rows = try connection.rows(
            "SELECT $1::text, $2::text IS NULL, quote_ident($1)", parameters: ["We\"ird'; DROP", nil])
        #expect(rows == [["We\"ird'; DROP", "t", "\"We\"\"ird'; DROP\""]])
    }

    @Test func droppingAStreamEarlyLeavesTheConnectionUsable() throws {
        let connection = try PostgresConnection(target: "")
        do {
            let stream = try connection.query("SELECT g FROM generate_series(1, 1000000) g")
            #expect(try stream.next())
        }
        #expect(try connection.rows("SELECT 2") == [["2"]])
    }

    @Test func statementTimeoutIsATimeout() throws {
        let settings = PostgresSessionSettings(statementTimeoutMilliseconds: 200)
        let connection = try PostgresConnection(target: "", settings: settings)
        let error = #expect(throws: LibPQError.self) { try connection.rows("SELECT pg_sleep(5)") }
        #expect(error?.kind == .timeout)
        #expect(error?.sqlState == "57014")
        #expect(connection.isAlive)
    }

    @Test func lockTimeoutIsATimeout() throws {
        let admin = try TestServer.admin()
        let table = TestServer.uniqueName("piiscan_locked")
        try admin.execute("CREATE TABLE \(table) (a int)")
        defer { try? admin.execute("DROP TABLE IF EXISTS \(table)") }
        try admin.execute("BEGIN")
        try admin.execute("LOCK TABLE \(table) IN ACCESS EXCLUSIVE MODE")
        defer { try? admin.execute("ROLLBACK") }
        let settings = PostgresSessionSettings(lockTimeoutMilliseconds: 200)
        let reader = try PostgresConnection(target: "", settings: settings)
        let error = #expect(throws: LibPQError.self) { try reader.rows("SELECT * FROM \(table)") }
        #expect(error?.kind == .timeout)
        #expect(error?.sqlState == "55P03")
    }

    @Test func permissionDeniedOnATable() throws {
        let admin = try TestServer.admin()
        let role = try TestServer.createRole(password: "x-secret", on: admin)
        let table = TestServer.uniqueName("piiscan_private")
        try admin.execute("CREATE TABLE \(table) (a int)")
        defer {
            try? admin.execute("DROP TABLE IF EXISTS \(table)")
            TestServer.dropRole(role, on: admin)
        }
        let reader = try PostgresConnection(target: "user=\(role)")
        let error = #expect(throws: LibPQError.self) { try reader.rows("SELECT * FROM \(table)") }
        #expect(error?.kind == .permissionDenied)
        #expect(error?.sqlState == "42501")
    }

    @Test func terminatedBackendMidStreamIsConnectionLost() throws {
        let admin = try TestServer.admin()
        let connection = try PostgresConnection(target: "")
        let pid = try #require(try connection.rows("SELECT pg_backend_pid()").first?.first ?? nil)
        let stream = try connection.query("SELECT pg_sleep(0.002), g FROM generate_series(1, 100000) g")
        #expect(try stream.next())
        #expect(try admin.rows("SELECT pg_terminate_backend($1::int)", parameters: [pid]) == [["t"]])
        let error = #expect(throws: LibPQError.self) {
            while try stream.next() {}
        }
        #expect(error?.kind == .connectionLost)
        #expect(!connection.isAlive)
    }
}
