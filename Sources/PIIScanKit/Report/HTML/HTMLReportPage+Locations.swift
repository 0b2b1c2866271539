/// The drill-down section: per system and category, a collapsed list of the masked locations.
extension HTMLReportPage {
    func locationSection() -> String {
        var html = """
            <section id="locations" aria-labelledby="locations-heading">
            <h2 id="locations-heading">Locations</h2>

            """
        guard !inventory.rows.isEmpty else { return html + "<p>No findings in this run.</p>\n</section>\n" }
        html += """
            <p class="note">Open a group to see where its findings are, with masked evidence. At most \
            \(HTMLReportRenderer.maxLocationsPerGroup) findings are listed per group and \
            \(HTMLText.count(HTMLReportRenderer.maxLocationsInTotal)) in all; the JSON report lists every one.</p>

            """
        var budget = HTMLReportRenderer.maxLocationsInTotal
        for (index, row) in inventory.rows.enumerated() {
            let shown = min(row.findings.count, HTMLReportRenderer.maxLocationsPerGroup, budget)
            budget -= shown
            html += group(row, index: index, shown: shown)
        }
        return html + "</section>\n"
    }

    private func group(_ row: HTMLInventory.Row, index: Int, shown: Int) -> String {
        let count = row.findings.count
        var html = """
            <details id="group-\(index)">
            <summary>\(systemName(row.system)) · \(HTMLText.escape(categoryLabel(row.category))) \
            <span class="note">(\(HTMLText.counted(count, "finding")) in \
            \(HTMLText.counted(row.locationCount, "location")))</span></summary>

            """
        if shown > 0 {
            html += """
                <table>
                <thead><tr><th scope="col">Location</th><th scope="col">Field or rows</th><th scope="col">Type</th>\
                <th scope="col">Evidence (masked)</th><th scope="col" class="num">Confidence</th></tr></thead>
                <tbody>

                """
            for finding in row.findings.prefix(shown) { html += locationRow(finding) }
            html += "</tbody>\n</table>\n"
        }
        if shown < count {
            html += "<p class=\"note\">and \(HTMLText.count(count - shown)) more</p>\n"
        }
        return html + "</details>\n"
    }

    /// One finding: where (file:line:column, or store schema.table.column), field, type, masked evidence.
    /// `revealedValue` is deliberately never read.
    private func locationRow(_ finding: Finding) -> String {
        let location: String
        let field: String?
        switch finding.location {
        case .file(let file):
            location = file.description
            field = file.field
        case .column(let column):
            location =
                "\(Redaction.redactCredentials(in: column.store)) \(column.schema).\(column.table).\(column.column)"
            let rows = "\(HTMLText.count(column.rowsMatched)) of \(HTMLText.count(column.rowsSampled)) rows"
            let located = column.jsonPath.map { "\($0), \(rows)" } ?? rows
            field = column.explanation.map { "\(located); \($0)" } ?? located
        }
        return "<tr><td class=\"mono\">\(HTMLText.escape(location))</td>"
            + "<td class=\"mono\">\(field.map(HTMLText.escape) ?? "")</td>"
            + "<td>\(HTMLText.escape(finding.type))</td>"
            + "<td class=\"mono\">\(HTMLText.escape(finding.evidence))</td>"
            + "<td class=\"num\">\(TerminalStyle.decimal2(finding.confidence))</td></tr>\n"
    }
}
