import Foundation

/// Where the scan store is (`--store`): `sqlite:PATH`, or a `postgres://`/`postgresql://` URI; by default the
/// SQLite file `history.db` in piiscan's data directory (`$PIISCAN_HOME`, `$XDG_DATA_HOME/piiscan`,
/// `~/.local/share/piiscan`).
public enum ScanStore {
    /// The store a `--store` value names (nil: the default one).
    public enum Location: Sendable, Equatable {
        case sqlite(path: String)
        case postgres(target: String)

        /// Parses a `--store` value; a usage error for anything else.
        public init(_ value: String) throws(StoreError) {
            if value.hasPrefix("sqlite:") {
                let path = String(value.dropFirst("sqlite:".count))
                guard !path.isEmpty else {
                    throw StoreError(code: .invalidLocation, store: value, message: "give a path after sqlite:")
                }
                self = .sqlite(path: path)
            } else if value.hasPrefix("postgres://") || value.hasPrefix("postgresql://") {
                self = .postgres(target: value)
            } else {
                throw StoreError(
                    code: .invalidLocation, store: Redaction.redactCredentials(in: value),
                    message: "use sqlite:PATH or postgres://[user@]host[:port]/dbname")
            }
        }

        /// `sqlite:<data directory>/history.db`.
        public static func defaultLocation(
            environment: [String: String] = ProcessInfo.processInfo.environment
        ) throws(StoreError) -> Location {
            guard let directory = DataDirectory.path(environment: environment) else {
                throw StoreError(
                    code: .invalidLocation, store: "history.db",
                    message: "cannot locate the default store: set PIISCAN_HOME, XDG_DATA_HOME or HOME, or give --store"
                )
            }
            return .sqlite(path: DataDirectory.join(directory, "history.db"))
        }

        /// How to move the default store when its directory cannot be used, for errors (`DataDirectory.hint`).
        public static func defaultHint(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
            DataDirectory.hint(environment: environment, holding: "scan store")
        }

        /// Credential-free, for messages.
        public var display: String {
            switch self {
            case .sqlite(let path): "sqlite:" + path
            case .postgres(let target): Redaction.redactCredentials(in: target)
            }
        }
    }

    /// Opens the store (creating it, and upgrading its schema, as needed) for a scan that records into it.
    public static func open(_ location: Location) throws -> any ScanHistory {
        switch location {
        case .sqlite(let path): try SQLScanHistory(connection: SQLiteStoreConnection(path: path, create: true))
        case .postgres(let target): try SQLScanHistory(connection: PostgresStoreConnection(target: target))
        }
    }

    /// Opens the store for reading: nil when an SQLite store does not exist yet (no scan recorded).
    public static func openExisting(_ location: Location) throws -> (any ScanHistory)? {
        if case .sqlite(let path) = location, !FileManager.default.fileExists(atPath: path) { return nil }
        return try open(location)
    }
}
