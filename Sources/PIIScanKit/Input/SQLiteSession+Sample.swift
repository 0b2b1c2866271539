import SQLite

/// Bounded sampling: evenly spaced key ranges, so the cost depends on `--sample-rows`, not on the table.
///
/// A table is read as `rangeCount` short ranges of its key — the rowid, or for a `WITHOUT ROWID` table the
/// leading primary-key column — each one index seek (`WHERE key >= ? ORDER BY key LIMIT ?`) at points spread
/// evenly between the smallest and largest key (`SQLiteKeySpan`); a range never reads a row an earlier one
/// read, and a range that comes back short ends the sample. The positions are deterministic, so two scans of
/// an unchanged file read the same rows. Views, and keys whose ends cannot be interpolated (mixed storage
/// classes), are read with `LIMIT`.
extension SQLiteSession {
    /// Ranges a large table is read in.
    static let rangeCount = 10

    func sample(_ table: DatabaseTable) throws(DatabaseError) -> TableSample {
        var sample = TableSample(rowsSampled: 0, columns: Array(repeating: [], count: table.columns.count))
        let values = table.columns.map(selectExpression).joined(separator: ", ")
        let from = "FROM main.\(Self.quote(table.name))"
        let doing = "cannot sample main.\(table.name)"
        let rows = max(0, limits.rows)
        guard rows > 0 else { return sample }
        guard table.kind == .table, let key = try sampleKey(of: table.name, doing: doing),
            let span = try keySpan(key, from, doing: doing)
        else {
            try run("SELECT \(values) \(from) LIMIT ?1", parameters: [.integer(Int64(rows))], doing: doing) { row in
                Self.append(row, offset: 0, to: &sample)
            }
            return sample
        }
        let ranges = min(Self.rangeCount, rows)
        let perRange = (rows + ranges - 1) / ranges
        var last: SQLiteValue?
        for index in 0..<ranges where sample.rowsSampled < rows {
            let take = min(perRange, rows - sample.rowsSampled)
            var parameters: [SQLiteValue] = [span.start(of: index, in: ranges), .integer(Int64(take))]
            var condition = "\(key) >= ?1"
            if let last {
                condition += " AND \(key) > ?3"
                parameters.append(last)
            }
            var read = 0
            try run(
                "SELECT \(key), \(values) \(from) WHERE \(condition) ORDER BY \(key) LIMIT ?2", parameters: parameters,
                doing: doing
            ) { row in
                last = row.value(at: 0)
                read += 1
                Self.append(row, offset: 1, to: &sample)
            }
            if read < take { break }
        }
        return sample
    }

    /// `rowid`, or the quoted leading primary-key column of a `WITHOUT ROWID` table (two catalog lookups,
    /// made here because each connection samples tables another one listed).
    private func sampleKey(of table: String, doing: String) throws(DatabaseError) -> String? {
        var withoutRowID = false
        try run(
            "SELECT wr FROM pragma_table_list WHERE schema = 'main' AND name = ?1",
            parameters: [.text(Array(table.utf8))],
            doing: doing
        ) { row in withoutRowID = row.int64(at: 0) != 0 }
        guard withoutRowID else { return "rowid" }
        var column: String?
        try run(
            "SELECT name FROM pragma_table_info(?1) WHERE pk = 1", parameters: [.text(Array(table.utf8))], doing: doing
        ) {
            row in column = row.text(at: 0).map(Self.quote)
        }
        return column
    }

    /// The smallest and largest key (two index lookups); nil for an empty table or ends that cannot be
    /// interpolated.
    private func keySpan(_ key: String, _ from: String, doing: String) throws(DatabaseError) -> SQLiteKeySpan? {
        var span: SQLiteKeySpan?
        try run("SELECT (SELECT min(\(key)) \(from)), (SELECT max(\(key)) \(from))", doing: doing) { row in
            if let low = row.value(at: 0), let high = row.value(at: 1) { span = SQLiteKeySpan(low: low, high: high) }
        }
        return span
    }

    /// The column's value as at most `maxValueBytes` bytes of its text form; NULL for blobs unless
    /// `--include-binary`, so binary data is neither read nor counted.
    private func selectExpression(_ column: DatabaseColumn) -> String {
        let name = Self.quote(column.name)
        let bytes = max(1, limits.maxValueBytes)
        guard limits.includeBinary || column.typeClass != .binary else { return "NULL" }
        let blob = limits.includeBinary ? "substr(\(name), 1, \(bytes))" : "NULL"
        return "CASE typeof(\(name)) WHEN 'blob' THEN \(blob) ELSE substr(CAST(\(name) AS BLOB), 1, \(bytes)) END"
    }

    private static func append(_ row: SQLiteStatement, offset: Int, to sample: inout TableSample) {
        sample.rowsSampled += 1
        for index in sample.columns.indices where row.type(at: index + offset) != .null {
            sample.columns[index].append(row.bytes(at: index + offset))
        }
    }

    /// An SQL identifier in double quotes, inner quotes doubled: any table or column name is safe.
    static func quote(_ identifier: String) -> String {
        "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
