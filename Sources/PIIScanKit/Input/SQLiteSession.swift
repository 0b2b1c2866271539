import SQLite

/// One read-only SQLite connection: walks the schema and samples tables (`SQLiteSession+Sample.swift`).
final class SQLiteSession: DatabaseSession {
    let connection: SQLiteConnection
    let locator: String
    let limits: SampleLimits

    init(connection: SQLiteConnection, locator: String, limits: SampleLimits) {
        self.connection = connection
        self.locator = locator
        self.limits = limits
    }

    /// Tables of `main` (and views when asked), sorted by name, without SQLite's internal and shadow tables.
    /// Excluded tables are dropped before their columns are read, so they cost one catalog row each.
    func tables(matching filter: DatabaseFilter) throws(DatabaseError) -> [DatabaseTable] {
        let kinds = filter.includeViews ? "('table', 'view')" : "('table')"
        var found: [(name: String, kind: DatabaseTable.Kind)] = []
        try run(
            "SELECT name, type FROM pragma_table_list WHERE schema = 'main' AND type IN \(kinds) "
                + "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
            doing: "cannot read the schema"
        ) { row in
            let name = row.text(at: 0) ?? ""
            guard filter.keepsTable(schema: "main", table: name) else { return }
            found.append((name, row.text(at: 1) == "view" ? .view : .table))
        }
        var tables: [DatabaseTable] = []
        for (name, kind) in found {
            let columns = try columns(of: name, filter: filter)
            guard !columns.isEmpty else { continue }
            tables.append(DatabaseTable(schema: "main", name: name, kind: kind, columns: columns, estimatedRows: nil))
        }
        return tables
    }

    /// Ordinary columns (not hidden or generated) in declaration order, with their type class.
    private func columns(of table: String, filter: DatabaseFilter) throws(DatabaseError) -> [DatabaseColumn] {
        var columns: [DatabaseColumn] = []
        try run(
            "SELECT name, type FROM pragma_table_xinfo(?1) WHERE hidden = 0 ORDER BY cid",
            parameters: [.text(Array(table.utf8))],
            doing: "cannot read the columns of main.\(table)"
        ) { row in
            let name = row.text(at: 0) ?? ""
            guard filter.keepsColumn(schema: "main", table: table, column: name) else { return }
            let declared = row.text(at: 1) ?? ""
            columns.append(
                DatabaseColumn(
                    name: name, declaredType: declared,
                    typeClass: SQLiteTypeAffinity.typeClass(ofDeclaredType: declared), comment: nil))
        }
        return columns
    }

    /// Runs `sql` under the statement deadline, calling `onRow` for each row; SQLite errors become
    /// `DatabaseError`s that name the store and what was being done.
    func run(
        _ sql: String, parameters: [SQLiteValue] = [], doing: String,
        onRow: (SQLiteStatement) throws(DatabaseError) -> Void
    ) throws(DatabaseError) {
        connection.setDeadline(milliseconds: limits.statementTimeoutMilliseconds)
        defer { connection.setDeadline(milliseconds: nil) }
        do {
            let statement = try connection.prepare(sql)
            for (index, value) in parameters.enumerated() { try statement.bind(value, at: Int32(index + 1)) }
            while try statement.step() { try onRow(statement) }
        } catch let error as SQLiteError {
            throw Self.databaseError(error, locator: locator, doing: doing)
        } catch let error as DatabaseError {
            throw error
        } catch {
            throw DatabaseError(code: .other, message: "\(locator): \(doing): \(error)")
        }
    }

    /// Interrupted by the deadline or stuck behind a writer's lock → `timeout`; `SQLITE_AUTH` →
    /// `permission_denied`; a malformed file or page (`SQLITE_CORRUPT`, `SQLITE_NOTADB`) → `corrupt`; anything else
    /// (I/O) → `other`.
    static func databaseError(_ error: SQLiteError, locator: String, doing: String) -> DatabaseError {
        let code: DatabaseError.Code =
            if error.isInterrupted || error.isBusy {
                .timeout
            } else if error.code == 23 {
                .permissionDenied
            } else if error.isNotADatabase {
                .corrupt
            } else {
                .other
            }
        return DatabaseError(code: code, message: "\(locator): \(doing): \(error)")
    }
}
