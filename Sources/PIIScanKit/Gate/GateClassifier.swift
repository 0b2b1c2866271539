/// Classifies migration columns with the database scan's own column heuristics (`ColumnClassifier`: the
/// name, then the comment, from `columns.yaml`, weighed against the type class), given no sampled values,
/// since a migration has none: only name, type and comment evidence counts.
struct GateClassifier {
    /// One PII type a column's name or comment suggests.
    struct Classification: Sendable, Hashable {
        var type: String
        var category: String
        var confidence: Double
    }

    private let classifier: ColumnClassifier
    private let scratch: DetectionScratch
    private let minConfidence: Double

    init(catalog: Catalog, minConfidence: Double) {
        // Column fingerprints are not used by the gate (the baseline keys columns by name), so any key will do.
        let engine = Engine(catalog: catalog, fingerprinter: Fingerprinter(key: .random()), reveal: false)
        classifier = ColumnClassifier(engine: engine)
        scratch = DetectionScratch(detectorCount: catalog.detectors.count)
        self.minConfidence = minConfidence
    }

    /// The PII types of `column` at or above the minimum confidence.
    func classify(_ column: TrackedColumn, source: SourceKind) -> [Classification] {
        let sample = ColumnSample(
            source: source, store: "migrations", schema: column.schema, table: column.table, column: column.name,
            typeClass: column.typeClass, comment: column.comment, values: [])
        return classifier.classify(sample, scratch: scratch).filter { $0.confidence >= minConfidence }.map {
            Classification(type: $0.type, category: $0.category, confidence: $0.confidence)
        }
    }
}
