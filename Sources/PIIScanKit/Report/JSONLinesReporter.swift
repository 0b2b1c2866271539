import Foundation

/// `--format jsonl`: one finding per line (DESIGN §3.1), written as soon as each item's findings arrive, then
/// one last line `{"summary": {...}}` (the `json` report's summary object), so a consumer can tell "scanned and
/// clean" from "not scanned".
public final class JSONLinesReporter: Reporter {
    public static let identifier = "jsonl"
    public static let summary =
        "JSON Lines: one finding per line, streamed as the scan runs, then a last {\"summary\": …} line"

    private let context: ReportContext
    private let output: any ReportOutput
    /// The lines of one `add`, reused so that writing a finding allocates nothing.
    private var lines: [UInt8] = []

    public init(context: ReportContext, output: any ReportOutput) {
        self.context = context
        self.output = output
    }

    public func add(_ findings: [Finding]) throws {
        guard !findings.isEmpty else { return }
        lines.removeAll(keepingCapacity: true)
        for index in findings.indices {
            FindingJSONLine.append(findings[index], to: &lines)
            lines.append(UInt8(ascii: "\n"))
        }
        try output.write(bytes: lines)
        try output.flush()
    }

    public func finish(summary: ScanSummary) throws {
        let record = SummaryLine(summary: SummaryRecord(summary: summary.redacted, version: context.toolVersion))
        try output.write(try ReportJSON.line(record, encoder: ReportJSON.encoder()) + "\n")
        try output.flush()
    }

    /// The last line: the summary under one key, which no finding record has.
    private struct SummaryLine: Encodable {
        var summary: SummaryRecord
    }
}
