/// The RoPA section of a text report, before the summary: violations by owner, then system, each with what
/// is wrong, where, masked samples, and the YAML that would fix the record.
extension TextReporter {
    func violationBlock(_ violations: [Violation]) -> String {
        var lines = [style.bold("RoPA violations: \(violations.count) (\(ViolationGroups.tally(violations)))")]
        for owner in ViolationGroups(violations).owners {
            lines.append("")
            lines.append(style.bold("Owner: " + TerminalSafe.escape(owner.name)))
            for system in owner.systems {
                lines.append("  System: " + TerminalSafe.escape(system.name))
                for violation in system.violations { lines += violationLines(violation) }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func violationLines(_ violation: Violation) -> [String] {
        let severity = violation.severity.rawValue.uppercased()
        let painted = violation.severity >= .high ? style.red(severity) : style.yellow(severity)
        var lines = ["    \(painted)  \(violation.kind.rawValue)  " + TerminalSafe.escape(violation.detail)]
        let shown = violation.locations.map { TerminalSafe.escape($0.description) }
        if !shown.isEmpty {
            let more = shown.count >= Violation.maxLocations ? " …" : ""
            lines.append("      at: " + shown.joined(separator: ", ") + more)
        }
        if !violation.samples.isEmpty {
            lines.append(
                "      evidence (\(violation.count)): "
                    + violation.samples.map(TerminalSafe.escape).joined(separator: ", "))
        }
        lines.append("      fix:")
        lines += violation.suggestion.split(separator: "\n", omittingEmptySubsequences: false).map {
            "        " + TerminalSafe.escape(String($0))
        }
        return lines
    }
}
