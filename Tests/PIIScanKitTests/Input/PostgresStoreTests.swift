import Foundation
import LibPQ
import PIIScanTestSupport
import Synchronization
import Testing

@testable import PIIScanKit

/// Targets, credential-free locators and connection failures of the PostgreSQL store (no server needed for
/// the first tests).
@Suite("PostgresStore")
struct PostgresStoreTests {
    @Test(arguments: [
        ("postgres://ann:pa55word@db.example.com:5433/crm", "postgres://db.example.com:5433/crm"),
        ("postgresql://ann:pa55word@db.example.com:5433/crm?sslmode=require", "postgres://db.example.com:5433/crm"),
        ("postgres:host=db.example.com port=5433 dbname=crm password=pa55word", "postgres://db.example.com:5433/crm"),
        ("host=db.example.com port=5433 dbname=crm password=pa55word", "postgres://db.example.com:5433/crm"),
    ])
    func locatorIsCredentialFree(target: String, locator: String) throws {
        let store = try PostgresStore(target: target)
        #expect(store.locator == locator)
        #expect(store.source == .postgres)
        var dumped = ""
        dump(store, to: &dumped)
        for shown in ["\(store)", String(reflecting: store), dumped] {
            #expect(!shown.contains("pa55word"), "the store must never show its target")
        }
    }

    @Test func invalidTargetQuotesNothingFromIt() {
        let error = #expect(throws: DatabaseError.self) { try PostgresStore(target: "host=db password=pa55word junk") }
        #expect(error?.code == .other)
        #expect(error?.message.contains("pa55word") == false)
    }

    @Test func acceptsPostgresTargetsOnly() {
        #expect(PostgresStore.accepts("postgres://db/crm"))
        #expect(PostgresStore.accepts("postgresql://db/crm"))
        #expect(PostgresStore.accepts("postgres:host=db dbname=crm"))
        #expect(!PostgresStore.accepts("sqlite:app.db"))
        #expect(!PostgresStore.accepts("./postgres"))
    }

    @Test func unreachablePortNamesHostAndDatabase() throws {
        let store = try PostgresStore(target: "postgres://ann:pa55word@127.0.0.1:1/crm")
        let error = #expect(throws: DatabaseError.self) { try store.openSession(limits: SampleLimits()) }
        #expect(error?.code == .unreachable)
        #expect(error?.message.hasPrefix("postgres://127.0.0.1:1/crm") == true)
        #expect(error?.message.contains("pa55word") == false)
    }
}

/// Failures against the real server: bad credentials, a killed backend, and proof the session is read-only.
@Suite("PostgresSession", .enabled(if: PostgresFixture.isAvailable, Comment(rawValue: PostgresFixture.skipReason)))
final class PostgresSessionTests {
    let fixture: PostgresFixture

    init() throws {
        fixture = try PostgresFixture()
    }

    private var port: String { ProcessInfo.processInfo.environment["PGPORT"] ?? "5432" }

    @Test func badPasswordIsAnAuthenticationErrorNamingHostAndDatabase() throws {
        let role = try fixture.createRole(password: "right-pa55word")
        let store = try PostgresStore(target: "postgres://\(role):wrong-pa55word@127.0.0.1:\(port)/postgres")
        let error = #expect(throws: DatabaseError.self) { try store.openSession(limits: SampleLimits()) }
        #expect(error?.code == .authentication)
        #expect(error?.message.contains("postgres://127.0.0.1:\(port)/postgres") == true)
        #expect(error?.message.contains("pa55word") == false)
    }

    @Test func sessionIsReadOnly() throws {
        try fixture.execute("CREATE TABLE t (a text)")
        let session = try PostgresStore(target: PostgresFixture.target).openSession(limits: SampleLimits())
        let connection = try #require(session as? PostgresSession).connection
        #expect(try connection.rows("SHOW transaction_read_only") == [["on"]])
        #expect(throws: LibPQError.self) { try connection.execute("INSERT INTO \(fixture.schema).t VALUES ('x')") }
        #expect(try fixture.rows("SELECT count(*) FROM \(fixture.schema).t") == [["0"]])
    }

    @Test func killedBackendMidSampleIsConnectionLostAndAReconnectWorks() throws {
        let view = "slow_rows_\(UInt32.random(in: 0...UInt32.max))"
        try fixture.execute(
            "CREATE VIEW \(view) AS SELECT g, pg_sleep(0.05)::text AS s FROM generate_series(1, 2000) g")
        let store = try PostgresStore(target: PostgresFixture.target)
        let session = try store.openSession(limits: SampleLimits())
        let filter = DatabaseFilter(includeGlobs: [fixture.schema], includeViews: true)
        let table = try #require(try session.tables(matching: filter).first)
        // A thread of its own, not a task: under a parallel test run the cooperative pool can be busy for
        // seconds with other suites' blocking work.
        let killer = BackendKiller(marker: view)
        let error = #expect(throws: DatabaseError.self) { try session.sample(table) }
        #expect(killer.wait())
        #expect(error?.code == .connectionLost)
        let again = try store.openSession(limits: SampleLimits())
        #expect(try again.tables(matching: filter).map(\.name) == [view])
    }
}

/// Terminates, from its own thread, the backend that starts running a query naming `marker` (within 30 s).
private final class BackendKiller: Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let killed = Mutex(false)

    init(marker: String) {
        Thread.detachNewThread { [self] in
            for _ in 0..<600 {
                Thread.sleep(forTimeInterval: 0.05)
                if (try? PostgresFixture.terminateBackends(runningQueryContaining: marker)) ?? 0 > 0 {
                    killed.withLock { $0 = true }
                    break
                }
            }
            done.signal()
        }
    }

    /// Waits for the thread; true when it terminated a backend.
    func wait() -> Bool {
        done.wait()
        return killed.withLock { $0 }
    }
}
