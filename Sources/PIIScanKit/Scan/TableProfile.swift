/// What the first rows of a file's tables say about their columns, judged like a database table's: each column
/// goes through `ColumnClassifier` with its name, its sampled values and its table's other columns (a delimited
/// file is one table named after the file; a SQL dump has the tables its statements fill).
///
/// The file scan then reports every cell of a column judged to hold personal data (a surname, a street without a
/// city, a bare national id: values no pattern would report alone), raises the confidence of matches that agree
/// with their column, and dismisses the checksum passes of a column of plain numbers that is judged to hold no
/// such type (one 16-digit sequence number in ten passes Luhn).
struct TableProfile {
    /// One column's judgement.
    struct Column {
        /// The classifier's verdict; nil when it found nothing.
        var verdict: Finding?
        /// The verdict's and the runners-up's confidence per type.
        var confidences: [String: Double] = [:]
        /// Most sampled values are plain numbers (ids, amounts, sequence numbers: `ColumnValueShape.numberCount`).
        var numbersOnly = false
        /// Every cell is reported as the verdict's type (see `TableProfile.reportsCells`).
        var reportsCells = false
        /// The verdict is a credential: its cells' evidence is never shown.
        var secret = false
        /// How the verdict's type normalises and masks a cell (`Engine.valueStyle(forType:)`).
        var style: (normalize: NormalizeStyle, mask: MaskStyle) = (.none, .partial)
    }

    /// Judgements per table, then per column.
    private(set) var tables: [[Column]]

    /// The judgement of a column; nil for one that was not sampled.
    func column(_ column: Int, inTable table: Int) -> Column? {
        guard table < tables.count, column < tables[table].count else { return nil }
        return tables[table][column]
    }

    /// Classifies the sampled columns of `file`'s tables (`values[t][c]` for column `c` of table `t`); `fileName`
    /// names a table that has no name of its own.
    init(
        file: any TableFile, fileName: String, values: [[[[UInt8]]]], engine: Engine, scratch: DetectionScratch,
        minConfidence: Double
    ) {
        let rules = engine.catalog.columnRules
        let classifier = ColumnClassifier(engine: engine)
        tables = values.enumerated().map { index, columns in
            let (name, headers) = file.table(index)
            let table = name ?? Self.tableName(of: fileName)
            let context = TableContext(table: table, columns: headers, rules: rules)
            return columns.enumerated().map { position, values in
                let sample = ColumnSample(
                    source: .file, store: fileName, schema: "", table: table,
                    column: position < headers.count ? headers[position] : "", typeClass: .text, values: values)
                let verdict = classifier.classify(sample, context: context, position: position, scratch: scratch).first
                scratch.startInput()
                var column = Column(verdict: verdict, numbersOnly: ColumnValueShape.numberCount(values) != nil)
                if let verdict, case .column(let location) = verdict.location {
                    for alternative in location.alternatives {
                        column.confidences[alternative.type] = alternative.confidence
                    }
                    column.confidences[verdict.type] = verdict.confidence
                    column.secret = rules.rules.first { $0.id == verdict.detector }?.secret ?? false
                    column.reportsCells = Self.reportsCells(verdict, engine: engine, minConfidence: minConfidence)
                    column.style = engine.valueStyle(forType: verdict.type)
                }
                return column
            }
        }
    }

    /// Whether a column with `verdict` has each of its cells reported: a confident verdict that is not a mere
    /// quasi-identifier, and not one resting on a checksum detector's matches (a cell such a detector did not
    /// match is not a valid value of the type; the matches themselves are reported).
    private static func reportsCells(_ verdict: Finding, engine: Engine, minConfidence: Double) -> Bool {
        guard verdict.confidence >= minConfidence, !verdict.quasiIdentifier else { return false }
        guard let detector = engine.catalog.detectors.first(where: { $0.id == verdict.detector }) else {
            return true
        }
        return detector.validators.isEmpty
    }

    /// A file's name without directories and extension (`exports/Customers.csv` → `Customers`): the table name
    /// whose person or organisation word says whose rows these are.
    static func tableName(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
