/// A database the gate applies migrations to and reads the catalog of, then throws away.
protocol ScratchDatabase: AnyObject {
    /// How the database is named to users (`in-memory SQLite`, `postgres://host:5432/db (rolled back)`).
    var displayName: String { get }
    /// The source kind classification findings carry.
    var source: SourceKind { get }

    /// Runs one statement; a failure carries the database's message (literals removed by the caller).
    func apply(_ statement: SQLStatement) throws(ScratchError)
    /// The catalog as it is now.
    func snapshot() throws(ScratchError) -> SchemaSnapshot
    /// Discards everything the migrations created; safe to call more than once.
    func discard()
}

/// A scratch database failure: a statement the database refused (the migration's fault: exit 2) or the
/// database itself failing (exit 3).
struct ScratchError: Error {
    var isStatementError: Bool
    var message: String
    /// The byte offset in the statement's text of the token the database stopped at, when it names one.
    var offset: Int?
}
