/// The SQL that samples one table: every column as bounded text, with quoted identifiers, drawn with
/// `TABLESAMPLE SYSTEM` when the table is big enough for it to matter and with a plain `LIMIT` otherwise.
struct PostgresSampleQuery {
    let table: DatabaseTable
    let limits: SampleLimits

    /// Below this many estimated rows per sampled row, `LIMIT` alone is as cheap and less biased.
    static let sampleThreshold = 10
    /// `TABLESAMPLE SYSTEM` picks whole pages, so it is asked for this many times the rows wanted, and one row
    /// in `thinning` of each picked page is kept: the sample then spreads over about `oversampling` times as
    /// many pages (across every partition) before `LIMIT` cuts it, instead of a few dense runs of rows.
    static let oversampling = 3.3
    static let thinning = 3

    /// `"name"` with inner double quotes doubled: safe for any identifier.
    static func quote(_ identifier: String) -> String {
        "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A sample this short means the estimate was stale; the `LIMIT` query is run instead.
    var enoughRows: Int { max(1, limits.rows / 2) }

    /// The `TABLESAMPLE` query, or nil when the table is small, its size unknown, or it is a view.
    /// `REPEATABLE` and the thinning by tuple offset (`ctid`) keep the sample the same from run to run.
    var sampledSQL: String? {
        guard table.kind != .view, let estimate = table.estimatedRows, limits.rows > 0,
            estimate > limits.rows * Self.sampleThreshold
        else { return nil }
        let percent = min(100, max(0.0001, Double(limits.rows) * Self.oversampling * 100 / Double(estimate)))
        let rounded = (percent * 10_000).rounded(.up) / 10_000
        return "SELECT \(selectList) FROM \(relation) TABLESAMPLE SYSTEM (\(rounded)) REPEATABLE (0)"
            + " WHERE (ctid::text::point)[1]::int % \(Self.thinning) = 0 LIMIT \(limits.rows)"
    }

    /// The plain query: the first `limits.rows` rows the scan meets.
    var limitedSQL: String {
        "SELECT \(selectList) FROM \(relation) LIMIT \(max(0, limits.rows))"
    }

    private var relation: String { "\(Self.quote(table.schema)).\(Self.quote(table.name))" }

    /// One expression per column, in order: text form cut to `maxValueBytes` characters in SQL (the reader
    /// cuts to bytes); `bytea` as escaped text when binary columns are included, else NULL.
    private var selectList: String {
        guard !table.columns.isEmpty else { return "NULL" }
        let length = max(1, limits.maxValueBytes)
        return table.columns.map { column in
            let name = Self.quote(column.name)
            if column.typeClass == .binary {
                guard limits.includeBinary else { return "NULL" }
                return "left(encode(substring(\(name) FROM 1 FOR \(length)), 'escape'), \(length))"
            }
            return "left(\(name)::text, \(length))"
        }.joined(separator: ", ")
    }
}
