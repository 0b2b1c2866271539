/// Classifies migration columns with the database scan's own `ColumnClassifier` (the name, then the comment,
/// through the column rules, weighed against the type class and the column's table), given no sampled values,
/// since a migration has none: only name, type, comment and table evidence counts.
struct GateClassifier {
    /// One PII type a column's name or comment suggests.
    struct Classification: Sendable, Hashable {
        var type: String
        var category: String
        /// The column rule behind it.
        var detector: String
        var confidence: Double
        /// A quasi-identifier (city, gender, job title): undeclared, it warns instead of failing the gate.
        var quasiIdentifier: Bool
    }

    private struct TableKey: Hashable {
        var schema: String
        var table: String
    }

    private let classifier: ColumnClassifier
    private let scratch: DetectionScratch
    private let minConfidence: Double
    /// Each table's context and column names, from every column the migrations built.
    private let tables: [TableKey: (context: TableContext, columns: [String])]

    /// `schema` is every column the migrations built: a checked column's siblings may come from older files.
    init(catalog: Catalog, minConfidence: Double, schema: [TrackedColumn]) {
        // Column fingerprints are not used by the gate (the baseline keys columns by name), so any key will do.
        let engine = Engine(catalog: catalog, fingerprinter: Fingerprinter(key: .random()), reveal: false)
        classifier = ColumnClassifier(engine: engine)
        scratch = DetectionScratch(detectorCount: catalog.detectors.count)
        self.minConfidence = minConfidence
        let grouped = Dictionary(grouping: schema, by: { TableKey(schema: $0.schema, table: $0.table) })
        tables = grouped.mapValues { columns in
            let names = columns.map(\.name)
            return (TableContext(table: columns[0].table, columns: names, rules: catalog.columnRules), names)
        }
    }

    /// The PII type of `column` at or above the minimum confidence, if any.
    func classify(_ column: TrackedColumn, source: SourceKind) -> [Classification] {
        let sample = ColumnSample(
            source: source, store: "migrations", schema: column.schema, table: column.table, column: column.name,
            typeClass: column.typeClass, comment: column.comment, values: [])
        let table = tables[TableKey(schema: column.schema, table: column.table)]
        let findings = classifier.classify(
            sample, context: table?.context ?? .none,
            position: table?.columns.firstIndex(of: column.name) ?? 0, scratch: scratch)
        return findings.filter { $0.confidence >= minConfidence }.map {
            Classification(
                type: $0.type, category: $0.category, detector: $0.detector, confidence: $0.confidence,
                quasiIdentifier: $0.quasiIdentifier)
        }
    }
}
