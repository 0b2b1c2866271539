internal import CLibPQ

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One libpq connection, set up read-only with a statement and lock timeout. Used by one thread at a time;
/// `PQfinish` runs when it goes away.
///
/// The target is whatever a libpq user would type: a `postgres://` or `postgresql://` URI, a
/// `host=... dbname=...` string, or a bare database name. It goes in as `dbname` with `expand_dbname=1`, so
/// the `PG*` environment, `~/.pgpass` / `PGPASSFILE`, service files and `sslmode` all work as libpq does them.
package final class PostgresConnection {
    let handle: OpaquePointer
    /// Where the connection went, as libpq resolved it; never credentials.
    package let locator: PostgresLocator
    /// True while a `PostgresRowStream` is reading this connection's results.
    var isStreaming = false

    /// Connects (blocking) and sets the session up; the error names host and port but never a password.
    package init(target: String, settings: PostgresSessionSettings = PostgresSessionSettings()) throws(LibPQError) {
        let explicit = try PostgresConninfo.parse(target)
        let pairs = Self.parameters(target: target, explicit: explicit, settings: settings)
        let keywords = CStringArray(pairs.map(\.0))
        let values = CStringArray(pairs.map(\.1))
        guard let connection = PQconnectStartParams(keywords.baseAddress, values.baseAddress, 1) else {
            throw LibPQError(kind: .other, message: "libpq could not allocate a connection")
        }
        // Verbose errors carry the server's SQLSTATE during start-up too: the only way to tell bad
        // credentials from other refusals without reading (possibly translated) message text.
        PQsetErrorVerbosity(connection, PQERRORS_VERBOSE)
        let outcome = PostgresConnector.waitUntilConnected(connection)
        locator = PostgresLocator(connection: connection)
        guard outcome == .connected else {
            let error = PostgresConnector.connectError(connection, outcome: outcome)
            PQfinish(connection)
            throw error
        }
        PQsetErrorVerbosity(connection, PQERRORS_DEFAULT)
        // The server's NOTICE and WARNING messages (`relation … already exists, skipping`) are not printed:
        // libpq's default writes them raw to stderr; piiscan reports what matters itself.
        PQsetNoticeProcessor(connection, { _, _ in }, nil)
        handle = connection
    }

    deinit {
        PQfinish(handle)
    }

    /// False once the server or the network dropped the connection.
    package var isAlive: Bool { PQstatus(handle) == CONNECTION_OK }

    /// The server version as an integer (150018 for 15.18).
    package var serverVersion: Int { Int(PQserverVersion(handle)) }

    /// Keyword/value pairs for `PQconnectStartParams`. Order matters: the expanded target overrides what
    /// comes before it (defaults the user may change), and what comes after overrides the target (settings
    /// piiscan insists on). The user's own `options` (or `PGOPTIONS`) are kept, ahead of ours.
    private static func parameters(
        target: String, explicit: [String: String], settings: PostgresSessionSettings
    ) -> [(String, String)] {
        var pairs = [("fallback_application_name", "piiscan")]
        if getenv("PGCONNECT_TIMEOUT") == nil {
            pairs.append(("connect_timeout", String(settings.connectTimeoutSeconds)))
        }
        pairs.append(("dbname", target))
        pairs.append(("client_encoding", "UTF8"))
        let environmentOptions = getenv("PGOPTIONS").map { String(cString: $0) }
        let userOptions = explicit["options"] ?? environmentOptions
        let options = [userOptions, settings.serverOptions].compactMap { $0 }.filter { !$0.isEmpty }
        pairs.append(("options", options.joined(separator: " ")))
        return pairs
    }
}
