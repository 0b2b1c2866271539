import Foundation

/// `--format json`: one document `{"findings": [...], "summary": {...}}`, findings in report order,
/// deterministic byte for byte; with a RoPA, also `"violations": [...]` in reconciliation order.
public final class JSONReporter: Reporter {
    public static let identifier = "json"
    public static let summary = "JSON: all findings, sorted, with the scan summary"

    private let context: ReportContext
    private let output: any ReportOutput
    private var findings: [Finding] = []
    /// nil when no RoPA was given: the key is then left out.
    private var violations: [Violation]?

    public init(context: ReportContext, output: any ReportOutput) {
        self.context = context
        self.output = output
    }

    public func add(_ findings: [Finding]) throws {
        self.findings.append(contentsOf: findings)
    }

    public func add(violations: [Violation]) throws {
        self.violations = (self.violations ?? []) + violations
    }

    public func finish(summary: ScanSummary) throws {
        let document = Document(
            findings: findings.sorted(by: Finding.reportOrder), violations: violations,
            summary: SummaryRecord(summary: summary.redacted, version: context.toolVersion))
        try output.write(try ReportJSON.line(document, encoder: ReportJSON.encoder()) + "\n")
        try output.flush()
    }

    private struct Document: Encodable {
        var findings: [Finding]
        var violations: [Violation]?
        var summary: SummaryRecord
    }
}
