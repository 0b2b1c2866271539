/// The SQL that samples one table, and how it is chosen: every column as bounded text, with quoted identifiers.
///
/// The size comes from the catalog (`DatabaseTable.pages`, and `estimatedRows` when the table was ever analysed;
/// a never-analysed one is taken to hold `guessedRowsPerPage` rows a page, deliberately many, since a short
/// first sample only costs a second, well-aimed one). A table of at most `wholeTableFactor` × `--sample-rows`
/// rows is read whole; a bigger one with `TABLESAMPLE SYSTEM (p) REPEATABLE (seed)`, `p` sized for
/// `oversampling` × the rows wanted, so the pages read are spread over the whole table (every partition)
/// whatever its statistics. The session then keeps a seeded random choice of the rows read (`TableSampleBuilder`)
/// and, when a sample comes back short, asks again with `p` scaled by what it got (`nextPercent`). Views are read
/// with `LIMIT`: they cannot be sampled, and reading one whole may cost anything.
struct PostgresSampleQuery {
    /// How the table is read.
    enum Strategy: Equatable {
        case firstRows
        case wholeTable
        case systemSample(percent: Double)
    }

    let table: DatabaseTable
    let limits: SampleLimits

    /// Tables up to this many times `--sample-rows` are read whole: as cheap as sampling, and unbiased.
    static let wholeTableFactor = 10
    /// `TABLESAMPLE SYSTEM` picks whole pages and its yield varies, so it is asked for this many times the rows
    /// wanted; the random choice among them keeps the pages' spread.
    static let oversampling = 2.0
    /// Rows a page is assumed to hold when the table was never analysed (a narrow table's density).
    static let guessedRowsPerPage = 128
    /// Samples asked for at most per table (the first and the re-aimed ones after a short one).
    static let attempts = 4

    /// `"name"` with inner double quotes doubled: safe for any identifier.
    static func quote(_ identifier: String) -> String {
        "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The rows the table is taken to hold: the catalog estimate, else its pages at `guessedRowsPerPage`.
    var assumedRows: Int {
        if let estimate = table.estimatedRows, estimate > 0 { return estimate }
        return (table.pages ?? 0).multipliedReportingOverflow(by: Self.guessedRowsPerPage).partialValue
    }

    var strategy: Strategy {
        guard table.kind != .view else { return .firstRows }
        let wanted = max(1, limits.rows)
        guard assumedRows > wanted.multipliedReportingOverflow(by: Self.wholeTableFactor).partialValue else {
            return .wholeTable
        }
        return .systemSample(percent: Self.bounded(Double(wanted) * Self.oversampling * 100 / Double(assumedRows)))
    }

    /// The percent to ask for after a sample at `percent` yielded `rowsRead` rows of the `limits.rows` wanted;
    /// nil when it was enough or `percent` was already 100. Scaled by the yield seen (16 times when nothing came).
    func nextPercent(after percent: Double, rowsRead: Int) -> Double? {
        guard rowsRead < limits.rows, percent < 100 else { return nil }
        let factor = rowsRead > 0 ? Double(limits.rows) * Self.oversampling / Double(rowsRead) : 16
        return Self.bounded(percent * min(1000, factor))
    }

    /// A `TABLESAMPLE` percent PostgreSQL takes: between 0.0001 and 100, rounded up to four decimals (less a
    /// hair, so that binary fractions such as 0.04 × 10,000 = 400.00000000000006 stay 0.04).
    private static func bounded(_ percent: Double) -> Double {
        (min(100, max(0.0001, percent)) * 10_000 - 1e-6).rounded(.up) / 10_000
    }

    /// The pages `TABLESAMPLE SYSTEM` picks at `percent`, the same for the same seed.
    func sampledSQL(percent: Double) -> String {
        "SELECT \(selectList) FROM \(relation) TABLESAMPLE SYSTEM (\(percent)) REPEATABLE (\(limits.seed))"
    }

    /// Every row, for a table read whole.
    var wholeSQL: String { "SELECT \(selectList) FROM \(relation)" }

    /// The first `limits.rows` rows the scan meets (views).
    var limitedSQL: String {
        "SELECT \(selectList) FROM \(relation) LIMIT \(max(0, limits.rows))"
    }

    private var relation: String { "\(Self.quote(table.schema)).\(Self.quote(table.name))" }

    /// One expression per column, in order: text form cut to one character more than `maxValueBytes` in SQL,
    /// so that a longer value is seen and counted as truncated (the reader cuts to bytes); `bytea` as escaped
    /// text when binary columns are included, else NULL.
    private var selectList: String {
        guard !table.columns.isEmpty else { return "NULL" }
        let length = max(1, limits.maxValueBytes) + 1
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
