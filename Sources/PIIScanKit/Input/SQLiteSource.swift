import SQLite

/// An SQLite database file named `sqlite:path`, `sqlite://path` or `sqlite:///abs/path`.
///
/// Creating a store does not open the file. Sessions open it read-only and never write anything beside it
/// (`SQLiteConnection.openReadOnly`); each scanning thread opens its own session.
struct SQLiteStore: DatabaseStore {
    /// The file path as given after the scheme.
    let path: String

    var locator: String { "sqlite:" + path }
    var source: SourceKind { .sqlite }

    /// nil when `target` is not an SQLite target; an empty path is a usage error.
    init?(target: String) throws(DatabaseError) {
        guard Self.accepts(target) else { return nil }
        var rest = Substring(target.dropFirst("sqlite:".count))
        if rest.hasPrefix("//") { rest = rest.dropFirst(2) }
        guard !rest.isEmpty else {
            throw DatabaseError(code: .other, message: "'\(target)': give the database file after sqlite:")
        }
        path = String(rest)
    }

    /// True for the targets this store takes on a command line: `sqlite:…`.
    static func accepts(_ target: String) -> Bool { target.hasPrefix("sqlite:") }

    func openSession(limits: SampleLimits) throws(DatabaseError) -> any DatabaseSession {
        do {
            let connection = try SQLiteConnection.openReadOnly(
                path: path, busyTimeoutMilliseconds: limits.lockTimeoutMilliseconds)
            return SQLiteSession(connection: connection, locator: locator, limits: limits)
        } catch {
            let code: DatabaseError.Code = error.isCannotOpen ? .unreachable : error.isNotADatabase ? .corrupt : .other
            let what = error.isNotADatabase ? "not an SQLite database" : "cannot open"
            throw DatabaseError(code: code, message: "\(locator): \(what) (\(error))")
        }
    }
}
