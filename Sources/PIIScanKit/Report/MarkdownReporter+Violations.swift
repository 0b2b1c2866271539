import Foundation

/// The RoPA parts of a Markdown report: violations an owner can act on, and the ISO/IEC 27701 evidence table.
extension MarkdownReporter {
    func violationSection(_ violations: [Violation]) -> String {
        guard !violations.isEmpty else { return "## RoPA violations\n\nNone: the scan agrees with the RoPA." }
        var lines = ["## RoPA violations"]
        for owner in ViolationGroups(violations).owners {
            lines += ["", "### Owner: \(MarkdownText.text(owner.name))"]
            for system in owner.systems {
                lines += ["", "#### System: \(MarkdownText.text(system.name))"]
                for violation in system.violations { lines += [""] + item(violation) }
            }
        }
        return lines.joined(separator: "\n")
    }

    private func item(_ violation: Violation) -> [String] {
        var lines = [
            "- **\(violation.severity.rawValue.uppercased())** \(MarkdownText.code(violation.kind.rawValue)): "
                + MarkdownText.text(violation.detail)
        ]
        if !violation.locations.isEmpty {
            lines.append(
                "  - Where: " + violation.locations.map { MarkdownText.code($0.description) }.joined(separator: ", "))
        }
        if !violation.samples.isEmpty {
            lines.append(
                "  - Evidence (\(violation.count), masked): "
                    + violation.samples.map(MarkdownText.code).joined(separator: ", "))
        }
        lines += ["  - Fix in `ropa.yaml`:", "", "    ```yaml"]
        lines += violation.suggestion.split(separator: "\n", omittingEmptySubsequences: false).map {
            "    " + TerminalSafe.escape(String($0)).replacingOccurrences(of: "```", with: "'''")
        }
        lines.append("    ```")
        return lines
    }

    func controlSection(_ violations: [Violation]) -> String {
        let counts = Dictionary(grouping: violations, by: \.kind).mapValues(\.count)
        var lines = [
            "## ISO/IEC 27701 evidence", "",
            "Each violation kind, how many this report holds, and the controls it gives evidence for.", "",
            "| Violation kind | Count | ISO/IEC 27701:2019 | ISO/IEC 27701:2025 |", "| --- | ---: | --- | --- |",
        ]
        for kind in ViolationKind.allCases {
            let controls = { (list: [ViolationKind.Control]) in
                list.map { "\($0.number) \($0.title)" }.joined(separator: "; ")
            }
            lines.append(
                MarkdownText.row([
                    MarkdownText.code(kind.rawValue), "\(counts[kind] ?? 0)", controls(kind.iso27701v2019),
                    controls(kind.iso27701v2025),
                ]))
        }
        return lines.joined(separator: "\n")
    }
}
