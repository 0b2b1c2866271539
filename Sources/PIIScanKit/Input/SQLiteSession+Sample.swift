import SQLite

/// Bounded sampling: evenly spaced rowid ranges, so the cost depends on `--sample-rows`, not on the table.
///
/// A rowid table whose rowid span exceeds the sample is read as `rangeCount` short ranges, each one index
/// seek (`WHERE rowid >= ? ORDER BY rowid LIMIT ?`) spread evenly between the smallest and largest rowid;
/// the positions are deterministic, so two scans of an unchanged file read the same rows. Smaller tables,
/// views and `WITHOUT ROWID` tables are read with `LIMIT`.
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
        guard table.kind == .table, !withoutRowID.contains(table.name),
            let span = try rowidSpan(from, doing: doing), span.high - span.low >= Int64(rows)
        else {
            try run("SELECT \(values) \(from) LIMIT ?", integers: [Int64(rows)], doing: doing) { row in
                Self.append(row, offset: 0, to: &sample)
            }
            return sample
        }
        let ranges = min(Self.rangeCount, rows)
        let perRange = (rows + ranges - 1) / ranges
        let stride = (span.high - span.low + 1) / Int64(ranges)
        var next = span.low
        for index in 0..<ranges where sample.rowsSampled < rows {
            let start = max(span.low + Int64(index) * stride, next)
            let take = Int64(min(perRange, rows - sample.rowsSampled))
            try run(
                "SELECT rowid, \(values) \(from) WHERE rowid >= ? ORDER BY rowid LIMIT ?", integers: [start, take],
                doing: doing
            ) { row in
                next = row.int64(at: 0) + 1
                Self.append(row, offset: 1, to: &sample)
            }
        }
        return sample
    }

    /// Smallest and largest rowid (two index lookups); nil for an empty table.
    private func rowidSpan(_ from: String, doing: String) throws(DatabaseError) -> (low: Int64, high: Int64)? {
        var span: (low: Int64, high: Int64)?
        try run("SELECT (SELECT min(rowid) \(from)), (SELECT max(rowid) \(from))", doing: doing) { row in
            if row.type(at: 0) != .null { span = (row.int64(at: 0), row.int64(at: 1)) }
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
