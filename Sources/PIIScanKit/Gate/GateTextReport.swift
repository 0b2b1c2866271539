/// `--format text`: what was applied, each failure as `file:line:column: error:` with the YAML that fixes it,
/// suppressed findings and warnings as notes (with `verbose`, declared columns too, so a reviewer sees every
/// column that was classified), and a summary line; control and bidirectional characters escaped.
enum GateTextReport {
    static func render(_ result: GateResult, verbose: Bool = false) -> String {
        var lines = GateWording.preamble(result)
        lines.append("")
        for finding in result.findings {
            let origin = finding.column.origin
            let place = "\(origin.file.path):\(origin.line):\(origin.column)"
            switch finding.verdict {
            case .undeclared:
                lines.append("\(place): error: \(GateWording.failure(finding))")
                lines += GateWording.fix(finding, indent: "  ").split(separator: "\n", omittingEmptySubsequences: false)
                    .map { "  " + $0 }
            case .ignored(let reason):
                lines.append("\(place): note: \(finding.qualifiedColumn) (\(finding.category)) ignored: \(reason)")
            case .declaredInline(let category):
                lines.append("\(place): note: \(finding.qualifiedColumn) declared inline as \(category)")
            case .baselined:
                lines.append("\(place): note: \(finding.qualifiedColumn) (\(finding.category)) is in the baseline")
            case .triaged(let mark):
                lines.append(
                    "\(place): note: \(finding.qualifiedColumn) (\(finding.category)) triaged \(mark.summary)"
                        + (mark.reason.map { ": \($0)" } ?? ""))
            case .declared:
                guard verbose else { continue }
                let kind = finding.column.isView ? "view column" : "column"
                lines.append(
                    "\(place): note: \(kind) \(finding.qualifiedColumn) looks like \(finding.type) "
                        + "(\(finding.category), confidence \(Int((finding.confidence * 100).rounded()))%): declared")
            }
        }
        for warning in result.warnings {
            lines.append(
                "\(warning.origin.file.path):\(warning.origin.line):\(warning.origin.column): warning: \(warning.message)"
            )
        }
        lines.append(GateWording.summary(result))
        // Each line is escaped whole, so a column or file name cannot break it or reach the terminal raw.
        return lines.map(TerminalSafe.escape).joined(separator: "\n") + "\n"
    }
}
