import LibPQ

/// One read-only PostgreSQL connection: walks the catalog and samples tables, one thread at a time.
///
/// After `DatabaseError.Code.connectionLost` the session is dead; the caller opens a new one for the
/// remaining tables.
final class PostgresSession: DatabaseSession {
    /// Internal, not private: tests check the session really is read-only.
    let connection: PostgresConnection
    private let locator: String
    private let limits: SampleLimits

    init(connection: PostgresConnection, locator: String, limits: SampleLimits) {
        self.connection = connection
        self.locator = locator
        self.limits = limits
    }

    /// Tables, partitioned parents (once), materialized views, and views when asked, of every non-system
    /// schema, in (schema, table) order; the filter is applied by the catalog query itself.
    func tables(matching filter: DatabaseFilter) throws(DatabaseError) -> [DatabaseTable] {
        do {
            let rows = try connection.readOnlyTransaction { () throws(LibPQError) in
                try connection.rows(PostgresCatalogQuery.sql, parameters: PostgresCatalogQuery.parameters(filter))
            }
            return PostgresCatalogQuery.tables(from: rows)
        } catch {
            throw Self.databaseError(error, locator: locator, doing: "cannot read the catalog")
        }
    }

    /// At most `limits.rows` rows, drawn as `PostgresSampleQuery` decides (whole table, `TABLESAMPLE SYSTEM`
    /// re-aimed while it comes back short, or `LIMIT` for a view), each sample in a read-only transaction.
    func sample(_ table: DatabaseTable) throws(DatabaseError) -> TableSample {
        let query = PostgresSampleQuery(table: table, limits: limits)
        let columns = table.columns.count
        do {
            switch query.strategy {
            case .firstRows:
                return try read(query.limitedSQL, columns: columns).finish(method: .firstRows)
            case .wholeTable:
                let rows = try read(query.wholeSQL, columns: columns)
                return rows.finish(
                    method: rows.rowsOffered <= rows.capacity
                        ? .wholeTable : .randomRows(kept: rows.capacity, read: rows.rowsOffered, seed: limits.seed))
            case .systemSample(var percent):
                for _ in 1..<PostgresSampleQuery.attempts {
                    let rows = try read(query.sampledSQL(percent: percent), columns: columns)
                    guard let next = query.nextPercent(after: percent, rowsRead: rows.rowsOffered) else {
                        return rows.finish(method: .systemSample(percent: percent, seed: limits.seed))
                    }
                    percent = next
                }
                return try read(query.sampledSQL(percent: percent), columns: columns)
                    .finish(method: .systemSample(percent: percent, seed: limits.seed))
            }
        } catch {
            let name = "\(PostgresSampleQuery.quote(table.schema)).\(PostgresSampleQuery.quote(table.name))"
            throw Self.databaseError(error, locator: locator, doing: "cannot sample \(name)")
        }
    }

    /// Streams one sample query into a `TableSampleBuilder`, which keeps a seeded random choice of
    /// `limits.rows` rows, each value cut to the byte bound (and counted when it was longer).
    private func read(_ sql: String, columns: Int) throws(LibPQError) -> TableSampleBuilder {
        try connection.readOnlyTransaction { () throws(LibPQError) in
            var rows = TableSampleBuilder(columns: columns, limits: limits)
            let stream = try connection.query(sql)
            while try stream.next() {
                guard let row = rows.nextRow() else { continue }
                for column in 0..<min(columns, stream.columnCount) {
                    stream.withValue(column) { rows.set($0, row: row, column: column) }
                }
            }
            return rows
        }
    }

    /// A `DatabaseError` naming the store and what failed, with the server's SQLSTATE and primary message
    /// (never a password, parameter or value).
    static func databaseError(_ error: LibPQError, locator: String, doing action: String) -> DatabaseError {
        let code: DatabaseError.Code =
            switch error.kind {
            case .unreachable: .unreachable
            case .authentication: .authentication
            case .permissionDenied: .permissionDenied
            case .timeout: .timeout
            case .connectionLost: .connectionLost
            case .invalidTarget, .other: .other
            }
        return DatabaseError(code: code, message: "\(locator): \(action): \(error)")
    }
}
