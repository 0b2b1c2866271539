import PIIScanKit

/// A reported span to score: what a scanner said, reduced to the fields accuracy depends on.
public struct ReportedSpan: Sendable, Hashable {
    public var path: String
    public var start: Int
    public var end: Int
    public var type: String

    public init(path: String, start: Int, end: Int, type: String) {
        self.path = path
        self.start = start
        self.end = end
        self.type = type
    }

    /// The span of a file finding; nil for a database finding.
    public init?(_ finding: Finding) {
        guard let location = finding.fileLocation else { return nil }
        self.init(path: location.path, start: location.start, end: location.end, type: finding.type)
    }
}

/// Precision, recall and F1 per type and micro-averaged, from planted labels and reported spans.
///
/// A report is a true positive when it has the planted value's type and overlaps its span in the same file; each
/// planted value is matched at most once, so a second report of the same value is a false positive. Every other
/// report is a false positive, and reports that overlap a hard negative are also counted per negative kind.
public struct EvaluationTable: Sendable {
    /// Counts for one type.
    public struct Row: Sendable, Hashable {
        public var type: String
        public var planted: Int
        public var reported: Int
        public var truePositives: Int
        public var falsePositives: Int { reported - truePositives }
        public var falseNegatives: Int { planted - truePositives }
        public var precision: Double {
            reported == 0 ? (planted == 0 ? 1 : 0) : Double(truePositives) / Double(reported)
        }
        public var recall: Double { planted == 0 ? 1 : Double(truePositives) / Double(planted) }
        public var f1: Double {
            precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        }
    }

    /// One row per type that was planted or reported, sorted by type.
    public let rows: [Row]
    /// Micro-averaged over every type but the quasi-identifiers.
    public let overall: Row

    /// Types that identify a person only together with others (a town, a postcode). The scanner reports them with
    /// low severity, if at all; their rows are shown but left out of the micro average, so that the average says
    /// how well direct identifiers are found.
    public static let quasiIdentifierTypes: Set<String> = ["city", "postal_code", "region", "country"]
    /// Reports that overlapped a hard negative, per negative kind, sorted by kind.
    public let negativeHits: [(kind: String, count: Int)]

    public init(planted: [PlantedValue], negatives: [PlantedValue] = [], reported: [ReportedSpan]) {
        var index = CorpusSpanIndex(planted.map { ($0.path, $0.start, $0.end, $0.type) })
        let negativeIndex = CorpusSpanIndex(negatives.map { ($0.path, $0.start, $0.end, $0.type) })
        var counts: [String: Row] = [:]
        for value in planted {
            counts[value.type, default: Row(type: value.type, planted: 0, reported: 0, truePositives: 0)].planted += 1
        }
        var hits: [String: Int] = [:]
        let ordered = reported.sorted { ($0.path, $0.start, $0.end, $0.type) < ($1.path, $1.start, $1.end, $1.type) }
        for span in ordered {
            counts[span.type, default: Row(type: span.type, planted: 0, reported: 0, truePositives: 0)].reported += 1
            if index.claim(path: span.path, start: span.start, end: span.end, type: span.type) {
                counts[span.type]!.truePositives += 1
            } else if let kind = negativeIndex.kind(path: span.path, start: span.start, end: span.end) {
                hits[kind, default: 0] += 1
            }
        }
        rows = counts.values.sorted { $0.type < $1.type }
        let direct = rows.filter { !Self.quasiIdentifierTypes.contains($0.type) }
        overall = Row(
            type: "overall (micro)", planted: direct.reduce(0) { $0 + $1.planted },
            reported: direct.reduce(0) { $0 + $1.reported },
            truePositives: direct.reduce(0) { $0 + $1.truePositives }
        )
        negativeHits = hits.sorted { $0.key < $1.key }.map { (kind: $0.key, count: $0.value) }
    }

    /// Convenience for scanner findings; database findings are ignored.
    public init(corpus: GeneratedCorpus, findings: [Finding]) {
        self.init(
            planted: corpus.planted, negatives: corpus.negatives, reported: findings.compactMap(ReportedSpan.init))
    }

    /// The row for `type`, if it was planted or reported.
    public func row(_ type: String) -> Row? {
        rows.first { $0.type == type }
    }

    /// One table per data shape (the first component of each path), sorted by shape.
    public static func byShape(
        planted: [PlantedValue], negatives: [PlantedValue], reported: [ReportedSpan]
    ) -> [(shape: String, table: EvaluationTable)] {
        let plantedByShape = Dictionary(grouping: planted) { CorpusShape.name(ofPath: $0.path) }
        let negativesByShape = Dictionary(grouping: negatives) { CorpusShape.name(ofPath: $0.path) }
        let reportedByShape = Dictionary(grouping: reported) { CorpusShape.name(ofPath: $0.path) }
        let shapes = Set(plantedByShape.keys).union(negativesByShape.keys).union(reportedByShape.keys).sorted()
        return shapes.map { shape in
            (
                shape,
                EvaluationTable(
                    planted: plantedByShape[shape] ?? [], negatives: negativesByShape[shape] ?? [],
                    reported: reportedByShape[shape] ?? [])
            )
        }
    }

    /// A fixed-width table, one line per type, then the micro average and the hard-negative hits.
    public func rendered() -> String {
        var lines = Self.renderedRows(rows, overall: overall, firstColumn: "type")
        let quasi = rows.map(\.type).filter(Self.quasiIdentifierTypes.contains)
        if !quasi.isEmpty {
            lines.append("quasi-identifiers, not in the micro average: " + quasi.joined(separator: ", "))
        }
        if !negativeHits.isEmpty {
            lines.append(
                "reports on hard negatives: " + negativeHits.map { "\($0.kind) \($0.count)" }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Per data shape: a summary with one micro-averaged line per shape and their micro total, then each shape's
    /// table per type.
    public static func renderedByShape(_ tables: [(shape: String, table: EvaluationTable)]) -> String {
        let rows = tables.map { entry in
            var row = entry.table.overall
            row.type = entry.shape
            return row
        }
        let overall = Row(
            type: "overall (micro)", planted: rows.reduce(0) { $0 + $1.planted },
            reported: rows.reduce(0) { $0 + $1.reported }, truePositives: rows.reduce(0) { $0 + $1.truePositives }
        )
        var text = renderedRows(rows, overall: overall, firstColumn: "shape").joined(separator: "\n") + "\n"
        for (shape, table) in tables {
            text += "\n[\(shape)]\n" + table.rendered()
        }
        return text
    }

    private static func renderedRows(_ rows: [Row], overall: Row, firstColumn: String) -> [String] {
        func cell(_ text: String, _ width: Int, left: Bool = false) -> String {
            let pad = String(repeating: " ", count: max(0, width - text.count))
            return left ? text + pad : pad + text
        }
        func ratio(_ value: Double) -> String {
            let thousandths = Int((value * 1000).rounded())
            let fraction = String(thousandths % 1000)
            return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
        }
        func line(_ row: Row) -> String {
            cell(row.type, 20, left: true) + cell(String(row.planted), 9) + cell(String(row.reported), 9)
                + cell(String(row.truePositives), 7) + cell(String(row.falsePositives), 7)
                + cell(String(row.falseNegatives), 7) + cell(ratio(row.precision), 11) + cell(ratio(row.recall), 8)
                + cell(ratio(row.f1), 7)
        }
        var lines = [
            cell(firstColumn, 20, left: true) + cell("planted", 9) + cell("reported", 9) + cell("TP", 7)
                + cell("FP", 7) + cell("FN", 7) + cell("precision", 11) + cell("recall", 8) + cell("F1", 7)
        ]
        lines.append(String(repeating: "-", count: lines[0].count))
        lines += rows.map(line)
        lines.append(String(repeating: "-", count: lines[0].count))
        lines.append(line(overall))
        return lines
    }
}
