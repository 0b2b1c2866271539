import Foundation

/// `--format json`: one document `{"findings": [...], "summary": {...}}`, findings in the order the scan hands
/// them over (the order of JSON Lines: walk order, then databases), deterministic byte for byte whatever
/// `--jobs`; with a RoPA, also `"violations": [...]` in reconciliation order.
///
/// The findings array is written as findings arrive, one encoded finding at a time, so the document costs no
/// memory per finding; the keys still come out sorted (`findings`, `summary`, `violations`).
public final class JSONReporter: Reporter {
    public static let identifier = "json"
    public static let summary = "JSON: all findings with the scan summary"

    private let context: ReportContext
    private let output: any ReportOutput
    private let encoder = ReportJSON.encoder()
    /// True once `{"findings":[` is written.
    private var opened = false
    private var findingCount = 0
    /// nil when no RoPA was given: the key is then left out.
    private var violations: [Violation]?

    public init(context: ReportContext, output: any ReportOutput) {
        self.context = context
        self.output = output
    }

    public func add(_ findings: [Finding]) throws {
        try open()
        for finding in findings {
            try output.write((findingCount == 0 ? "" : ",") + (try ReportJSON.line(finding, encoder: encoder)))
            findingCount += 1
        }
    }

    public func add(violations: [Violation]) throws {
        self.violations = (self.violations ?? []) + violations
    }

    public func finish(summary: ScanSummary) throws {
        try open()
        let record = SummaryRecord(summary: summary.redacted, version: context.toolVersion)
        var rest = #"],"summary":"# + (try ReportJSON.line(record, encoder: encoder))
        if let violations { rest += #","violations":"# + (try ReportJSON.line(violations, encoder: encoder)) }
        try output.write(rest + "}\n")
        try output.flush()
    }

    private func open() throws {
        guard !opened else { return }
        opened = true
        try output.write(#"{"findings":["#)
    }
}
