import LibPQ

/// A PostgreSQL database named by a `postgres://` / `postgresql://` URI, a `host=... dbname=...` conninfo
/// string (optionally written `postgres:host=... dbname=...`), or a bare database name, all resolved by libpq
/// with the `PG*` environment, `~/.pgpass`, service files and `sslmode`.
///
/// Creating a store does not connect; it checks the target parses and works out its credential-free locator.
struct PostgresStore: DatabaseStore {
    /// The target as libpq takes it (never printed: it may hold a password).
    private let target: String
    let locator: String
    var source: SourceKind { .postgres }

    /// Throws `DatabaseError.other` when `target` is not a valid URI or conninfo string; the message quotes
    /// nothing from the target.
    init(target: String) throws(DatabaseError) {
        let connectionString = Self.connectionString(target)
        do {
            locator = try PostgresLocator(target: connectionString).displayForm
        } catch {
            throw DatabaseError(code: .other, message: "not a valid PostgreSQL URI or conninfo string: \(error)")
        }
        self.target = connectionString
    }

    /// True for the targets this store takes on a command line: `postgres://`, `postgresql://`, `postgres:…`.
    static func accepts(_ target: String) -> Bool {
        target.hasPrefix("postgres:") || target.hasPrefix("postgresql:")
    }

    /// Connects read-only (`default_transaction_read_only`, `statement_timeout`, `lock_timeout` from `limits`).
    func openSession(limits: SampleLimits) throws(DatabaseError) -> any DatabaseSession {
        let settings = PostgresSessionSettings(
            readOnly: true, statementTimeoutMilliseconds: limits.statementTimeoutMilliseconds,
            lockTimeoutMilliseconds: limits.lockTimeoutMilliseconds)
        do {
            let connection = try PostgresConnection(target: target, settings: settings)
            return PostgresSession(connection: connection, locator: locator, limits: limits)
        } catch {
            throw PostgresSession.databaseError(error, locator: locator, doing: "cannot connect")
        }
    }

    /// `postgres:host=db dbname=crm` → `host=db dbname=crm`; URIs and plain strings are kept as they are.
    private static func connectionString(_ target: String) -> String {
        for prefix in ["postgres:", "postgresql:"] where target.hasPrefix(prefix) && !target.hasPrefix(prefix + "//") {
            return String(target.dropFirst(prefix.count))
        }
        return target
    }
}

/// Prints and reflects as its locator only: the target may hold a password, and `print`, `dump`, string
/// interpolation and test-failure messages would otherwise show every stored property.
extension PostgresStore: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    var description: String { locator }
    var debugDescription: String { "PostgresStore(\(locator))" }
    var customMirror: Mirror { Mirror(self, children: ["locator": locator]) }
}
