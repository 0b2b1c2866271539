/// Collects one table's sampled rows: all of them up to `capacity`, then a uniform random choice of `capacity`
/// among every row offered (reservoir sampling, seeded), so a source may read more rows than it keeps without
/// favouring the first ones. Each value is cut to `maxBytes`; sources read one byte more than that, so a value
/// longer than the bound is seen, and counted per column as truncated.
///
/// Memory stays at `capacity` rows whatever is offered: a row passed over is never copied.
struct TableSampleBuilder {
    /// One kept value, already cut, and whether it was.
    private struct Value {
        var bytes: [UInt8]
        var truncated: Bool
    }

    let capacity: Int
    let maxBytes: Int
    let columns: Int
    private var random: SampleRandom
    private var rows: [[Value?]] = []
    /// Rows offered so far, kept or not.
    private(set) var rowsOffered = 0

    init(columns: Int, limits: SampleLimits) {
        self.columns = columns
        capacity = max(0, limits.rows)
        maxBytes = max(1, limits.maxValueBytes)
        random = SampleRandom(seed: limits.seed)
    }

    /// Where the next row goes (its values are then given with `set`), or nil when it is passed over.
    mutating func nextRow() -> Int? {
        defer { rowsOffered += 1 }
        if rowsOffered < capacity {
            rows.append(Array(repeating: nil, count: columns))
            return rowsOffered
        }
        let pick = Int.random(in: 0...rowsOffered, using: &random)
        guard pick < capacity else { return nil }
        rows[pick] = Array(repeating: nil, count: columns)
        return pick
    }

    /// Stores the value of `column` in `row` (nil for SQL NULL), cut to `maxBytes`.
    mutating func set<Bytes: Collection<UInt8>>(_ bytes: Bytes?, row: Int, column: Int) {
        guard let bytes, column < columns else { return }
        rows[row][column] = Value(bytes: Array(bytes.prefix(maxBytes)), truncated: bytes.count > maxBytes)
    }

    /// The sample: each column's non-null values in row order, and how many of them were cut.
    func finish(method: SampleMethod) -> TableSample {
        var sample = TableSample(
            rowsSampled: rows.count, columns: Array(repeating: [], count: columns),
            valuesTruncated: Array(repeating: 0, count: columns), method: method)
        for row in rows {
            for (column, value) in row.enumerated() {
                guard let value else { continue }
                sample.columns[column].append(value.bytes)
                if value.truncated { sample.valuesTruncated[column] += 1 }
            }
        }
        return sample
    }
}
