import Foundation

/// `--format jsonl`: one finding per line (DESIGN §3.1), written as soon as each item's findings arrive.
public final class JSONLinesReporter: Reporter {
    public static let identifier = "jsonl"
    public static let summary = "JSON Lines: one finding per line, streamed as the scan runs (findings only)"

    private let output: any ReportOutput
    /// The lines of one `add`, reused so that writing a finding allocates nothing.
    private var lines: [UInt8] = []

    public init(context: ReportContext, output: any ReportOutput) {
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
        try output.flush()
    }
}
