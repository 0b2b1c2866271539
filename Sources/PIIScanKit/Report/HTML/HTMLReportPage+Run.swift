/// The run section: id, times, status, targets and counts.
extension HTMLReportPage {
    func runSection() -> String {
        let run = input.run
        var facts: [(String, String)] = [
            ("Run", "<span class=\"mono\">\(HTMLText.escape(run.id))</span>"),
            ("Started", HTMLText.time(run.startedAt)),
            ("Ended", run.endedAt.map(HTMLText.time) ?? "not recorded"),
            ("Status", statusBadge(complete: run.complete)),
            (
                "Targets",
                run.targets.isEmpty
                    ? "none"
                    : run.targets.map { "<code>\(HTMLText.escape(Redaction.redactCredentials(in: $0)))</code>" }
                        .joined(separator: ", ")
            ),
            ("Scanned", scannedCounts()),
            ("Findings", findingCounts()),
        ]
        if let violations = input.violations {
            facts.append(("Violations", "\(HTMLText.count(violations.count)) (\(ViolationGroups.tally(violations)))"))
        } else {
            facts.append(("Violations", "not checked: the run had no RoPA"))
        }
        var html = "<section id=\"run\" aria-labelledby=\"run-heading\">\n<h2 id=\"run-heading\">Run</h2>\n"
        if !run.complete {
            html += "<p class=\"banner\" role=\"note\">This run did not complete: its results are partial.</p>\n"
        }
        html += "<dl class=\"facts\">\n"
        for (name, value) in facts { html += "<dt>\(name)</dt><dd>\(value)</dd>\n" }
        return html + "</dl>\n</section>\n"
    }

    func statusBadge(complete: Bool) -> String {
        complete
            ? "<span class=\"badge status-complete\">complete</span>"
            : "<span class=\"badge status-incomplete\">incomplete</span>"
    }

    /// `1,234 files, 54.2 MiB, 17 tables; 1,000 unchanged files carried over`.
    private func scannedCounts() -> String {
        let run = input.run
        var text = HTMLText.counted(run.filesScanned, "file") + ", " + TerminalStyle.byteCount(run.bytesScanned)
        if let tables = run.tablesScanned { text += ", " + HTMLText.counted(tables, "table") }
        if let carried = run.filesCarriedOver {
            text += "; " + HTMLText.counted(carried, "unchanged file") + " carried over"
        }
        return text
    }

    /// `12 (3 high, 9 medium)`.
    private func findingCounts() -> String {
        let findings = input.findings
        guard !findings.isEmpty else { return "0" }
        var counts: [Severity: Int] = [:]
        for finding in findings { counts[finding.severity, default: 0] += 1 }
        let parts = Severity.allCases.reversed().compactMap { severity in
            counts[severity].map { "\(HTMLText.count($0)) \(severity.rawValue)" }
        }
        return "\(HTMLText.count(findings.count)) (\(parts.joined(separator: ", ")))"
    }
}
