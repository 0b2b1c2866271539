/// `--format text`: what was applied, each failure as `file:line:column: error:` with the YAML that fixes it,
/// suppressed findings and warnings as notes, and a summary line.
enum GateTextReport {
    static func render(_ result: GateResult) -> String {
        var lines = GateWording.preamble(result)
        lines.append("")
        for finding in result.findings {
            let origin = finding.column.origin
            let place = "\(origin.file.path):\(origin.line):\(origin.column)"
            switch finding.verdict {
            case .undeclared:
                lines.append("\(place): error: \(GateWording.failure(finding))")
                lines.append("  " + GateWording.fix(finding, indent: "  ").replacingOccurrences(of: "\n", with: "\n  "))
            case .ignored(let reason):
                lines.append("\(place): note: \(finding.qualifiedColumn) (\(finding.category)) ignored: \(reason)")
            case .declaredInline(let category):
                lines.append("\(place): note: \(finding.qualifiedColumn) declared inline as \(category)")
            case .baselined:
                lines.append("\(place): note: \(finding.qualifiedColumn) (\(finding.category)) is in the baseline")
            case .declared:
                continue
            }
        }
        for warning in result.warnings {
            lines.append(
                "\(warning.origin.file.path):\(warning.origin.line):\(warning.origin.column): warning: \(warning.message)"
            )
        }
        lines.append(GateWording.summary(result))
        return lines.joined(separator: "\n") + "\n"
    }
}
