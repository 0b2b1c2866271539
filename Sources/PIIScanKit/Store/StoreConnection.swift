/// One open connection to a scan store, used by one thread at a time. SQL is written once with `?`
/// placeholders; the PostgreSQL connection numbers them (`$1`, `$2`…).
protocol StoreConnection: AnyObject {
    var dialect: StoreDialect { get }
    /// The credential-free locator, for messages.
    var locator: String { get }

    /// Runs one or more statements without parameters (schema migrations).
    func execute(_ sql: String) throws(StoreError)
    /// Runs one statement with parameters and returns its rows (none for most writes).
    @discardableResult
    func query(_ sql: String, _ parameters: [StoreValue]) throws(StoreError) -> [StoreRow]
    /// Calls `row` for each row of a large result without holding them all.
    func forEach(_ sql: String, _ parameters: [StoreValue], _ row: (StoreRow) throws -> Void) throws

    /// Starts a write transaction that holds the store's write lock (SQLite `BEGIN IMMEDIATE`).
    func begin() throws(StoreError)
    func commit() throws(StoreError)
    /// Rolls back after a failure; errors are ignored (the connection may be gone).
    func rollback()

    /// Marks the run as owned by this process for as long as the connection lives (PostgreSQL: a session
    /// advisory lock; SQLite: nothing, the run row records the process).
    func claim(run: Int64) throws(StoreError)
    /// Whether the process that owns a `running` run is still alive.
    func isAlive(_ owner: RunOwner, run: Int64) throws(StoreError) -> Bool
}

extension StoreConnection {
    /// Runs `body` in a write transaction: committed when it returns, rolled back when it throws.
    func transaction<Result>(_ body: () throws -> Result) throws -> Result {
        try begin()
        do {
            let result = try body()
            try commit()
            return result
        } catch {
            rollback()
            throw error
        }
    }
}
