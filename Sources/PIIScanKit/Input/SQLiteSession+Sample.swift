import SQLite

/// Bounded sampling: the cost depends on `--sample-rows`, not on the table, and the rows come from all over it.
///
/// A table (or view) of at most `wholeTableFactor` × `--sample-rows` rows, which one bounded count finds out, is
/// read whole, keeping a seeded random choice of rows. A bigger table is read as up to `rangeCount` short ranges
/// of its key — the rowid, or for a `WITHOUT ROWID` table the leading primary-key column — each one index seek
/// (`WHERE key >= ? [AND key < ?] ORDER BY key LIMIT ?`) from a seeded random point between the smallest and
/// largest key; `SQLiteUnreadKeys` keeps ranges from reading a row twice and learns the gaps, so an outlying key
/// cannot collapse the sample into one corner. Big views, and keys whose ends cannot be interpolated (mixed
/// storage classes), are read with `LIMIT`.
extension SQLiteSession {
    /// Ranges a large table is read in (fewer when `--sample-rows` is smaller).
    static let rangeCount = 32
    /// Tables and views up to this many times `--sample-rows` rows are read whole.
    static let wholeTableFactor = 4
    /// Seeks one sample makes at most: ranges that land in gaps (each halves the gap, on average) count too.
    static let maxSeeks = 512

    func sample(_ table: DatabaseTable) throws(DatabaseError) -> TableSample {
        var rows = TableSampleBuilder(columns: table.columns.count, limits: limits)
        let values = table.columns.map(selectExpression).joined(separator: ", ")
        let from = "FROM main.\(Self.quote(table.name))"
        let doing = "cannot sample main.\(table.name)"
        guard rows.capacity > 0 else { return rows.finish(method: .wholeTable) }
        let wholeTable = rows.capacity * Self.wholeTableFactor
        if try rowCount(from, atMost: wholeTable + 1, doing: doing) <= wholeTable {
            try run("SELECT \(values) \(from)", doing: doing) { row in Self.append(row, offset: 0, to: &rows) }
            return rows.finish(
                method: rows.rowsOffered <= rows.capacity
                    ? .wholeTable : .randomRows(kept: rows.capacity, read: rows.rowsOffered, seed: limits.seed))
        }
        guard table.kind == .table, let key = try sampleKey(of: table.name, doing: doing),
            let span = try keySpan(key.column, from, doing: doing)
        else {
            try run("SELECT \(values) \(from) LIMIT ?1", parameters: [.integer(Int64(rows.capacity))], doing: doing) {
                row in Self.append(row, offset: 0, to: &rows)
            }
            return rows.finish(method: .firstRows)
        }
        let ranges = try readRanges(key.column, span: span, values: values, from: from, doing: doing, into: &rows)
        return rows.finish(method: .keyRanges(key: key.kind, count: ranges, seed: limits.seed))
    }

    /// Reads ranges of `key` from random unread points until the sample is full, the key is all read, or
    /// `maxSeeks` seeks were made; returns how many ranges found rows.
    private func readRanges(
        _ key: String, span: SQLiteKeySpan, values: String, from: String, doing: String,
        into rows: inout TableSampleBuilder
    ) throws(DatabaseError) -> Int {
        let perRange = (rows.capacity + Self.rangeCount - 1) / Self.rangeCount
        var unread = SQLiteUnreadKeys(width: span.width, seed: limits.seed)
        var ranges = 0
        var seeks = 0
        while rows.rowsOffered < rows.capacity, seeks < Self.maxSeeks, let point = unread.nextPoint() {
            seeks += 1
            let take = min(perRange, rows.capacity - rows.rowsOffered)
            var parameters: [SQLiteValue] = [span.key(at: point.start), .integer(Int64(take))]
            var condition = "\(key) >= ?1"
            if let before = point.before {
                condition += " AND \(key) < ?3"
                parameters.append(span.key(at: before))
            }
            var read = 0
            var last: SQLiteValue?
            try run(
                "SELECT \(key), \(values) \(from) WHERE \(condition) ORDER BY \(key) LIMIT ?2", parameters: parameters,
                doing: doing
            ) { row in
                last = row.value(at: 0)
                read += 1
                Self.append(row, offset: 1, to: &rows)
            }
            if read > 0 { ranges += 1 }
            if read < take {
                unread.removeRest(from: point.start)
            } else if let last {
                unread.remove(from: point.start, through: max(point.start, span.coordinate(of: last)))
            }
        }
        return ranges
    }

    /// Rows of the table, counting no further than `limit` (so a big table costs what a small one does).
    private func rowCount(_ from: String, atMost limit: Int, doing: String) throws(DatabaseError) -> Int {
        var count = 0
        try run(
            "SELECT count(*) FROM (SELECT 1 \(from) LIMIT ?1)", parameters: [.integer(Int64(limit))], doing: doing
        ) { row in count = Int(row.int64(at: 0)) }
        return count
    }

    /// `rowid`, or the quoted leading primary-key column of a `WITHOUT ROWID` table (two catalog lookups,
    /// made here because each connection samples tables another one listed).
    private func sampleKey(
        of table: String, doing: String
    ) throws(DatabaseError) -> (column: String, kind: SampleMethod.Key)? {
        var withoutRowID = false
        try run(
            "SELECT wr FROM pragma_table_list WHERE schema = 'main' AND name = ?1",
            parameters: [.text(Array(table.utf8))],
            doing: doing
        ) { row in withoutRowID = row.int64(at: 0) != 0 }
        guard withoutRowID else { return ("rowid", .rowid) }
        var column: String?
        try run(
            "SELECT name FROM pragma_table_info(?1) WHERE pk = 1", parameters: [.text(Array(table.utf8))], doing: doing
        ) {
            row in column = row.text(at: 0).map(Self.quote)
        }
        return column.map { ($0, .primaryKey) }
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

    /// The column's value as at most `maxValueBytes` + 1 bytes of its text form (one more than is kept, so a
    /// longer value is seen and counted as truncated); NULL for blobs unless `--include-binary`, so binary data is
    /// neither read nor counted.
    private func selectExpression(_ column: DatabaseColumn) -> String {
        let name = Self.quote(column.name)
        let bytes = max(1, limits.maxValueBytes) + 1
        guard limits.includeBinary || column.typeClass != .binary else { return "NULL" }
        let blob = limits.includeBinary ? "substr(\(name), 1, \(bytes))" : "NULL"
        return "CASE typeof(\(name)) WHEN 'blob' THEN \(blob) ELSE substr(CAST(\(name) AS BLOB), 1, \(bytes)) END"
    }

    /// Offers one row to the sample; its values are copied only when the sample keeps it.
    private static func append(_ row: SQLiteStatement, offset: Int, to rows: inout TableSampleBuilder) {
        guard let slot = rows.nextRow() else { return }
        for index in 0..<rows.columns where row.type(at: index + offset) != .null {
            rows.set(row.bytes(at: index + offset), row: slot, column: index)
        }
    }

    /// An SQL identifier in double quotes, inner quotes doubled: any table or column name is safe.
    static func quote(_ identifier: String) -> String {
        "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
