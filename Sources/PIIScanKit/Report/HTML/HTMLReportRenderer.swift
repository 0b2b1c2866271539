/// The self-contained HTML report of one run (`piiscan report --html`): the run, the inventory by system and
/// category, the RoPA violations by owner, the trend across runs as an inline SVG chart, and drill-down to the
/// masked locations. One file with no network access at all: inline CSS, no script, no external resource, and a
/// Content-Security-Policy that forbids loading anything.
public enum HTMLReportRenderer {
    /// Findings listed per system and category in the drill-down; the rest are counted in an "and N more" line.
    public static let maxLocationsPerGroup = 100
    /// Findings listed in the whole drill-down, so a run with a million findings still gives a page a browser
    /// opens at once.
    public static let maxLocationsInTotal = 5_000

    /// The whole page.
    public static func render(_ input: HTMLReportInput) -> String {
        HTMLReportPage(input).render()
    }
}

/// One rendering of the page: the input and its inventory, computed once and shared by the sections.
struct HTMLReportPage {
    let input: HTMLReportInput
    let inventory: HTMLInventory

    init(_ input: HTMLReportInput) {
        self.input = input
        let roots = input.run.targets.count > 1 ? input.run.targets : []
        inventory = HTMLInventory(findings: input.findings, ropa: input.ropa, roots: roots)
    }

    func render() -> String {
        let title = HTMLText.escape(input.title)
        var page = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; \
            img-src data:; base-uri 'none'; form-action 'none'">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="referrer" content="no-referrer">
            <meta name="generator" content="piiscan \(HTMLText.escape(PIIScanVersion.current))">
            <title>\(title)</title>
            <style>
            \(HTMLReportStyle.css)
            </style>
            </head>
            <body>
            <header class="page">
            <h1>\(title)</h1>
            <p class="lead">Run <span class="mono">\(HTMLText.escape(input.run.id))</span>, generated \
            \(HTMLText.time(input.generatedAt)). Evidence is masked; fingerprints are keyed hashes.</p>
            <nav aria-label="Sections"><ul>
            <li><a href="#run">Run</a></li><li><a href="#inventory">Inventory</a></li>
            <li><a href="#violations">Violations</a></li><li><a href="#trend">Trend</a></li>
            <li><a href="#locations">Locations</a></li>
            </ul></nav>
            </header>
            <main>

            """
        page += runSection()
        page += inventorySection()
        page += violationSection()
        page += trendSection()
        page += locationSection()
        page += """
            </main>
            <footer class="page"><p>piiscan \(HTMLText.escape(PIIScanVersion.current)). This file loads nothing from \
            the network; keep it where the scan results are kept: it lists where personal data is.</p></footer>
            </body>
            </html>

            """
        return page
    }
}
