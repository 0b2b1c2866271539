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

    /// At most `limits.rows` rows: `TABLESAMPLE SYSTEM` sized from the row estimate for big tables, plain
    /// `LIMIT` otherwise (or when the sample came back short), in a read-only transaction.
    func sample(_ table: DatabaseTable) throws(DatabaseError) -> TableSample {
        let query = PostgresSampleQuery(table: table, limits: limits)
        do {
            if let sampled = query.sampledSQL {
                let sample = try read(sampled, columns: table.columns.count)
                if sample.rowsSampled >= query.enoughRows { return sample }
            }
            return try read(query.limitedSQL, columns: table.columns.count)
        } catch {
            let name = "\(PostgresSampleQuery.quote(table.schema)).\(PostgresSampleQuery.quote(table.name))"
            throw Self.databaseError(error, locator: locator, doing: "cannot sample \(name)")
        }
    }

    /// Streams one sample query, keeping each column's non-null values truncated to the byte bound.
    private func read(_ sql: String, columns: Int) throws(LibPQError) -> TableSample {
        let maxBytes = limits.maxValueBytes
        return try connection.readOnlyTransaction { () throws(LibPQError) in
            var values = [[[UInt8]]](repeating: [], count: columns)
            var rows = 0
            let stream = try connection.query(sql)
            while try stream.next() {
                rows += 1
                for column in 0..<min(columns, stream.columnCount) {
                    if let bytes = stream.withValue(column, { Array($0.prefix(maxBytes)) }) {
                        values[column].append(bytes)
                    }
                }
            }
            return TableSample(rowsSampled: rows, columns: values)
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
