/// A scan store that cannot be used: unreachable, damaged, from a newer piiscan, or a bad `--store` value.
///
/// Messages name the store by its credential-free locator and never quote a stored value.
public struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable {
        /// The `--store` value is not `sqlite:PATH` or a `postgres://` URI (a usage error, exit 2).
        case invalidLocation = "invalid_location"
        /// The store could not be opened or reached (exit 3).
        case unreachable
        /// The store's schema is newer than this piiscan understands (exit 3).
        case newerSchema = "newer_schema"
        /// A statement failed: a damaged file, a dropped connection, a full disk (exit 3).
        case failed
        /// A run id that the store does not hold (a usage error, exit 2).
        case unknownRun = "unknown_run"
    }

    public let code: Code
    /// The store's locator (`sqlite:/path/history.db`, `postgres://host:5432/db`).
    public let store: String
    public let message: String

    public init(code: Code, store: String, message: String) {
        self.code = code
        self.store = store
        self.message = message
    }

    public var description: String { "scan store \(store): \(message)" }

    /// True for errors that are the user's input rather than the store's state.
    public var isUsageError: Bool { code == .invalidLocation || code == .unknownRun }
}
