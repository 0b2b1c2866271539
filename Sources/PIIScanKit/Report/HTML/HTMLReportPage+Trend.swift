/// The trend section: the chart, its legend, and the same numbers as a table for screen readers and copying.
extension HTMLReportPage {
    func trendSection() -> String {
        var html = """
            <section id="trend" aria-labelledby="trend-heading">
            <h2 id="trend-heading">Trend across runs</h2>

            """
        let points = input.trend
        guard !points.isEmpty else { return html + "<p>No run history was recorded.</p>\n</section>\n" }
        let chart = HTMLTrendChart(points: points, currentRunID: input.run.id)
        let hasViolations = points.contains { $0.violations != nil }
        html += "<figure class=\"chart\">\n" + chart.svg()
        html += "<figcaption class=\"legend\"><span><span class=\"swatch findings\"></span>findings</span>"
        if hasViolations { html += "<span><span class=\"swatch violations\"></span>violations</span>" }
        html += "<span>hollow marker: incomplete run</span></figcaption>\n</figure>\n"
        html += """
            <details>
            <summary>The same as a table</summary>
            <table>
            <thead><tr><th scope="col">Run</th><th scope="col">Started</th><th scope="col">Status</th>\
            <th scope="col" class="num">Findings</th><th scope="col" class="num">Violations</th></tr></thead>
            <tbody>

            """
        for point in points.reversed() {
            html += "<tr><td class=\"mono\">\(HTMLText.escape(point.runID))</td>"
            html += "<td>\(HTMLText.time(point.startedAt))</td><td>\(statusBadge(complete: point.complete))</td>"
            html += "<td class=\"num\">\(HTMLText.count(point.findings))</td>"
            html += "<td class=\"num\">\(point.violations.map(HTMLText.count) ?? "not checked")</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n</details>\n</section>\n"
    }
}
