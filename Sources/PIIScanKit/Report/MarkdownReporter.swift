/// `--format markdown`: a report to file or paste in a ticket: the summary, RoPA violations by owner and
/// system (with `--ropa`), findings counted per location and type with one masked sample, skipped items, and,
/// with a RoPA, the ISO/IEC 27701 controls each violation kind evidences. Deterministic byte for byte.
public final class MarkdownReporter: Reporter {
    public static let identifier = "markdown"
    public static let summary = "Markdown: summary, RoPA violations by owner and system, findings per location"

    /// Rows of the findings table; the rest are counted in a closing line.
    static let maxFindingRows = 500
    /// Rows of the skipped-items table.
    static let maxSkipRows = 200

    let context: ReportContext
    private let output: any ReportOutput
    /// Findings counted per location and type as they come, with the first one's masked evidence: one entry
    /// per row of the table, not one per finding.
    private var groups: [String: (location: String, type: String, category: String, count: Int, sample: String)] =
        [:]
    /// nil when no RoPA was given: no violation section, no ISO table.
    var violations: [Violation]?

    public init(context: ReportContext, output: any ReportOutput) {
        self.context = context
        self.output = output
    }

    public func add(_ findings: [Finding]) throws {
        for finding in findings {
            let location = finding.fileLocation?.chainPath ?? ViolationEvidence.location(finding).description
            let key = location + "\u{0}" + finding.type
            if groups[key] == nil {
                groups[key] = (location, finding.type, finding.category, 0, finding.evidence)
            }
            groups[key]!.count += 1
        }
    }

    public func add(violations: [Violation]) throws {
        self.violations = (self.violations ?? []) + violations
    }

    public func finish(summary: ScanSummary) throws {
        let summary = summary.redacted
        var sections = [header(summary)]
        if let violations { sections.append(violationSection(violations)) }
        sections.append(findingSection())
        if !summary.skipped.isEmpty || !summary.unreadableTargets.isEmpty { sections.append(skipSection(summary)) }
        if let violations { sections.append(controlSection(violations)) }
        try output.write(sections.joined(separator: "\n\n") + "\n")
        try output.flush()
    }

    private func header(_ summary: ScanSummary) -> String {
        var lines = [
            "# piiscan report", "",
            "piiscan \(MarkdownText.text(context.toolVersion)). Evidence is masked; fingerprints are keyed hashes.",
            "", "| Scan | |", "| --- | --- |",
            MarkdownText.row(["Targets", summary.targets.map(MarkdownText.code).joined(separator: ", ")]),
            MarkdownText.row([
                "Scanned",
                "\(summary.filesScanned) files, \(TerminalStyle.byteCount(summary.bytesScanned))"
                    + (summary.tablesScanned.map { ", \($0) tables" } ?? ""),
            ]),
            MarkdownText.row(["Findings", "\(summary.findingCount)"]),
        ]
        if let violations {
            lines.append(
                MarkdownText.row(["Violations", "\(violations.count) (\(ViolationGroups.tally(violations)))"]))
        }
        let failures = summary.failures.count
        if !summary.skipped.isEmpty {
            let notRead = failures == 0 ? "" : " (\(failures) not read)"
            lines.append(MarkdownText.row(["Skipped", "\(summary.skipped.count)\(notRead)"]))
        }
        if !summary.unreadableTargets.isEmpty {
            lines.append(MarkdownText.row(["Unreadable targets", "\(summary.unreadableTargets.count)"]))
        }
        lines += summary.notes.map { "\n**Note:** " + MarkdownText.text($0) }
        if summary.cancelled { lines += ["", "**The scan was cancelled: the results are partial.**"] }
        if failures > 0 || !summary.unreadableTargets.isEmpty {
            lines += ["", "**The scan is incomplete: some items could not be read (see Skipped).**"]
        }
        return lines.joined(separator: "\n")
    }

    private func findingSection() -> String {
        guard !groups.isEmpty else { return "## Findings\n\nNone." }
        let rows = groups.keys.sorted().compactMap { groups[$0] }
        var lines = ["## Findings", "", "| Location | Type | Category | Count | Sample (masked) |"]
        lines.append("| --- | --- | --- | ---: | --- |")
        for row in rows.prefix(Self.maxFindingRows) {
            lines.append(
                MarkdownText.row([
                    MarkdownText.code(row.location), MarkdownText.text(row.type), MarkdownText.code(row.category),
                    "\(row.count)", MarkdownText.code(row.sample),
                ]))
        }
        if rows.count > Self.maxFindingRows {
            lines += ["", "\(rows.count - Self.maxFindingRows) more rows left out; see the JSON report."]
        }
        return lines.joined(separator: "\n")
    }

    /// Counts per reason, then the items themselves, those that could not be read first, up to `maxSkipRows`.
    private func skipSection(_ summary: ScanSummary) -> String {
        let counts = summary.skippedByReason
        var lines = ["## Skipped", "", "| Reason | Kind | Items |", "| --- | --- | ---: |"]
        lines += counts.keys.sorted().map {
            MarkdownText.row([$0.rawValue, $0.isFailure ? "**not read**" : "deliberate", "\(counts[$0]!)"])
        }
        for message in summary.unreadableTargets {
            lines += ["", "Unreadable target: " + MarkdownText.text(message)]
        }
        let items = summary.failures + summary.skipped.filter { !$0.isFailure }
        guard !items.isEmpty else { return lines.joined(separator: "\n") }
        lines += ["", "| Item | Reason | Detail |", "| --- | --- | --- |"]
        for item in items.prefix(Self.maxSkipRows) {
            lines.append(
                MarkdownText.row([
                    MarkdownText.code(item.item), item.reason.rawValue, MarkdownText.text(item.detail ?? ""),
                ]))
        }
        if items.count > Self.maxSkipRows {
            lines += ["", "\(items.count - Self.maxSkipRows) more skipped items left out; see the JSON report."]
        }
        return lines.joined(separator: "\n")
    }
}
