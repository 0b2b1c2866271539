import LibPQ

/// A scan store in a PostgreSQL database (for teams): a read-write session whose tables live in the first
/// schema of its `search_path` (set it with `?options=-csearch_path%3Dpiiscan`).
///
/// A running run is owned through a session advisory lock keyed on its id: the server releases it when the
/// session ends, however the process ended, so a `running` run whose lock is free belongs to a dead process.
final class PostgresStoreConnection: StoreConnection {
    let dialect = StoreDialect.postgres
    let locator: String
    private let connection: PostgresConnection
    /// The first key of piiscan's advisory locks ('piis'), so they never collide with an application's.
    static let lockClass: Int32 = 0x7069_6973

    init(target: String) throws(StoreError) {
        let display = (try? PostgresLocator(target: target).displayForm) ?? Redaction.redactCredentials(in: target)
        do {
            connection = try PostgresConnection(
                target: target,
                settings: PostgresSessionSettings(readOnly: false, statementTimeoutMilliseconds: 60_000))
        } catch {
            throw StoreError(code: .unreachable, store: display, message: error.description)
        }
        locator = connection.locator.displayForm
        // Keeps the server's NOTICEs ("relation already exists, skipping") off the user's stderr.
        try execute("SET client_min_messages = warning")
    }

    func execute(_ sql: String) throws(StoreError) {
        do {
            try connection.execute(sql)
        } catch {
            throw failure(error)
        }
    }

    @discardableResult
    func query(_ sql: String, _ parameters: [StoreValue]) throws(StoreError) -> [StoreRow] {
        do {
            return try connection.rows(Self.numbered(sql), parameters: parameters.map(\.postgresText)).map { row in
                StoreRow(values: row.map { $0.map(StoreValue.text) ?? .null })
            }
        } catch {
            throw failure(error)
        }
    }

    func forEach(_ sql: String, _ parameters: [StoreValue], _ row: (StoreRow) throws -> Void) throws {
        let stream: PostgresRowStream
        do {
            stream = try connection.query(Self.numbered(sql), parameters: parameters.map(\.postgresText))
        } catch {
            throw failure(error)
        }
        while try nextRow(stream) {
            try row(StoreRow(values: (0..<stream.columnCount).map { stream.string($0).map(StoreValue.text) ?? .null }))
        }
    }

    func begin() throws(StoreError) { try execute("BEGIN") }

    func commit() throws(StoreError) { try execute("COMMIT") }

    func rollback() {
        if connection.isAlive { try? connection.execute("ROLLBACK") }
    }

    func claim(run: Int64) throws(StoreError) {
        try query("SELECT pg_advisory_lock(?, ?)", [.int(Int64(Self.lockClass)), .int(run)])
    }

    func isAlive(_ owner: RunOwner, run: Int64) throws(StoreError) -> Bool {
        let rows = try query(
            """
            SELECT count(*) FROM pg_locks
             WHERE locktype = 'advisory' AND granted AND classid = ? AND objid = ? AND objsubid = 2
               AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
            """, [.int(Int64(UInt32(bitPattern: Self.lockClass))), .int(run)])
        return (rows.first?.int(0) ?? 0) > 0
    }

    private func nextRow(_ stream: PostgresRowStream) throws(StoreError) -> Bool {
        do {
            return try stream.next()
        } catch {
            throw failure(error)
        }
    }

    private func failure(_ error: LibPQError) -> StoreError {
        let code: StoreError.Code =
            switch error.kind {
            case .unreachable, .authentication, .connectionLost, .invalidTarget: .unreachable
            default: .failed
            }
        return StoreError(code: code, store: locator, message: error.description)
    }

    /// `?` placeholders as `$1`, `$2`…: the store's SQL has no `?` inside literals.
    static func numbered(_ sql: String) -> String {
        var result = ""
        var index = 0
        for character in sql {
            if character == "?" {
                index += 1
                result += "$\(index)"
            } else {
                result.append(character)
            }
        }
        return result
    }
}
