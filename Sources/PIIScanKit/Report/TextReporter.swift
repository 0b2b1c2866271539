/// `--format text`, the default on a terminal: findings streamed under one header per file (or database
/// table), then a summary block. Colour only when `context.useColor`.
public final class TextReporter: Reporter {
    public static let identifier = "text"
    public static let summary = "Human-readable findings grouped by file or table, with a summary (default on a TTY)"

    /// How many deliberately skipped items are listed by name in the summary.
    static let listedSkips = 5
    /// How many items that could not be read (failures) are listed by name.
    static let listedFailures = 50

    let style: TerminalStyle
    private let output: any ReportOutput
    private var currentHeader: String?
    private var violations: [Violation]?

    public init(context: ReportContext, output: any ReportOutput) {
        self.style = TerminalStyle(useColor: context.useColor)
        self.output = output
    }

    public func add(_ findings: [Finding]) throws {
        guard !findings.isEmpty else { return }
        let rows = findings.map(Row.init)
        let positionWidth = rows.map(\.position.count).max() ?? 0
        let typeWidth = rows.map(\.type.count).max() ?? 0
        var text = ""
        for row in rows {
            if row.header != currentHeader {
                if currentHeader != nil { text += "\n" }
                text += style.bold(row.header) + "\n"
                currentHeader = row.header
            }
            text += "  " + TerminalStyle.pad(row.position, positionWidth)
            text += "  " + style.cyan(TerminalStyle.pad(row.type, typeWidth))
            let confidence = TerminalStyle.decimal2(row.confidence)
            text +=
                "  "
                + (row.confidence >= SARIFReporter.errorThreshold ? style.red(confidence) : style.yellow(confidence))
            text += "  " + row.evidence
            if let detail = row.detail { text += "  [\(detail)]" }
            if let value = row.revealedValue { text += "  value: \(value)" }
            text += "\n"
        }
        try output.write(text)
        try output.flush()
    }

    public func add(violations: [Violation]) throws {
        self.violations = (self.violations ?? []) + violations
    }

    public func finish(summary: ScanSummary) throws {
        if let violations {
            try output.write((currentHeader == nil ? "" : "\n") + violationBlock(violations))
            currentHeader = ""
        }
        try output.write((currentHeader == nil ? "" : "\n") + summaryBlock(summary.redacted))
        try output.flush()
    }

    /// One printed finding, every part sanitised for the terminal.
    private struct Row {
        var header: String
        var position: String
        var type: String
        var confidence: Double
        var evidence: String
        var detail: String?
        var revealedValue: String?

        init(_ finding: Finding) {
            switch finding.location {
            case .file(let file):
                header = TerminalSafe.escape(file.chainPath)
                position = TerminalSafe.escape(file.position)
                detail = file.field.map(TerminalSafe.escape)
            case .column(let column):
                let store = Redaction.redactCredentials(in: column.store)
                header = TerminalSafe.escape("\(store) \(column.schema).\(column.table)")
                position = TerminalSafe.escape(column.column)
                var rows = "rows \(column.rowsMatched)/\(column.rowsSampled)"
                if let sample = column.sample { rows += ", " + TerminalSafe.escape(sample) }
                if column.valuesTruncated > 0 { rows += ", \(column.valuesTruncated) values truncated" }
                let located = column.jsonPath.map { TerminalSafe.escape($0) + ", " + rows } ?? rows
                detail = column.explanation.map { located + "; " + TerminalSafe.escape($0) } ?? located
            }
            if let triage = finding.triage {
                detail = (detail.map { $0 + "; " } ?? "") + TerminalSafe.escape(triage.summary)
            }
            type = TerminalSafe.escape(finding.type)
            confidence = finding.confidence
            evidence = TerminalSafe.escape(finding.evidence)
            revealedValue = finding.revealedValue.map(TerminalSafe.escape)
        }
    }
}
