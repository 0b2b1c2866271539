/// The violations section: RoPA violations by owner, then system (`ViolationGroups`), each with what is wrong,
/// where, and the YAML that would fix the record.
extension HTMLReportPage {
    func violationSection() -> String {
        var html = """
            <section id="violations" aria-labelledby="violations-heading">
            <h2 id="violations-heading">Violations by owner</h2>

            """
        guard let violations = input.violations else {
            return html
                + "<p>This run was not checked against a RoPA (scan with <code>--ropa</code>).</p>\n</section>\n"
        }
        guard !violations.isEmpty else { return html + "<p>None: the run agrees with the RoPA.</p>\n</section>\n" }
        for (ownerIndex, owner) in ViolationGroups(violations).owners.enumerated() {
            html += "<section class=\"owner\" aria-labelledby=\"owner-\(ownerIndex)\">\n"
            html += "<h3 id=\"owner-\(ownerIndex)\">Owner: \(HTMLText.escape(owner.name))</h3>\n"
            for system in owner.systems {
                html += "<h4>System: <span class=\"mono\">\(HTMLText.escape(system.name))</span></h4>\n"
                html += """
                    <table>
                    <thead><tr><th scope="col">Kind</th><th scope="col">Severity</th><th scope="col">Category</th>\
                    <th scope="col">What is wrong</th><th scope="col">Fix in <code>ropa.yaml</code></th></tr></thead>
                    <tbody>

                    """
                for violation in system.violations { html += violationRow(violation) }
                html += "</tbody>\n</table>\n"
            }
            html += "</section>\n"
        }
        return html + "</section>\n"
    }

    private func violationRow(_ violation: Violation) -> String {
        var detail = "<p>\(HTMLText.escape(violation.detail))</p>"
        if !violation.locations.isEmpty {
            let shown = violation.locations.map { "<code>\(HTMLText.escape($0.description))</code>" }
            let capped = violation.locations.count >= Violation.maxLocations
            detail += "<p>Where\(capped ? " (the first \(Violation.maxLocations))" : ""): "
            detail += shown.joined(separator: ", ") + "</p>"
        }
        if !violation.samples.isEmpty {
            let samples = violation.samples.map { "<code>\(HTMLText.escape($0))</code>" }.joined(separator: ", ")
            detail += "<p>Evidence (\(HTMLText.count(violation.count)), masked): \(samples)</p>"
        }
        let severity = violation.severity.rawValue
        return "<tr><td class=\"nowrap\"><code>\(violation.kind.rawValue)</code></td>"
            + "<td><span class=\"badge severity-\(severity)\">\(severity)</span></td>"
            + "<td class=\"nowrap\">\(violation.category.map { "<code>\(HTMLText.escape($0))</code>" } ?? "")</td>"
            + "<td>\(detail)</td>"
            + "<td><pre>\(HTMLText.preformatted(violation.suggestion))</pre></td></tr>\n"
    }
}
