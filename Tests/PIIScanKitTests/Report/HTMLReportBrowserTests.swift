import Foundation
import PIIScanTestSupport
import Testing

@testable import PIIScanKit

/// The HTML report in a real browser (Debian's headless Chromium): it loads without fetching anything, its
/// sections and chart are in the DOM, the chart really draws, and no raw value reaches the page. Skipped when
/// Chromium is not installed (`Scripts/install-deps` installs it, so CI runs it). Set `PIISCAN_HTML_SCREENSHOT` to
/// a path to keep the 1280 px screenshot for a person to look at.
@Suite(
    "HTML report in Chromium", .serialized,
    .enabled(if: HTMLHeadlessChromium.executable != nil, "Chromium is not installed (apt-get install chromium)"))
struct HTMLReportBrowserTests {
    /// The colours of the findings and violations series in `HTMLReportStyle`.
    static let findingsColor = (0x1F, 0x5F, 0xBF)
    static let violationsColor = (0xB4, 0x23, 0x18)

    let tree: TempTree
    let chromium: HTMLHeadlessChromium

    init() throws {
        tree = try TempTree(prefix: "piiscan-html")
        chromium = try HTMLHeadlessChromium()
    }

    private func write(_ html: String, as name: String) throws -> String {
        try tree.create(name, .text(html))
        return tree.path(name)
    }

    @Test func theReportLoadsWithItsSectionsAndChartAndNoRawValue() throws {
        let file = try write(HTMLReportRenderer.render(try HTMLReportFixtures.input()), as: "report.html")
        let run = try chromium.dumpDOM(file)
        #expect(!run.timedOut)
        #expect(run.status == 0, "\(run.stderr)")
        let dom = run.stdout
        for id in ["run", "inventory", "violations", "trend", "locations"] {
            #expect(dom.contains("<section id=\"\(id)\""), "section \(id) missing from the DOM")
        }
        #expect(dom.contains("<svg viewBox=\"0 0 960 280\" role=\"img\""))
        #expect(HTMLReportFixtures.occurrences(of: "<circle class=\"point findings", in: dom) == 12)
        #expect(HTMLReportFixtures.occurrences(of: "<circle class=\"point violations", in: dom) == 12)
        #expect(HTMLReportFixtures.occurrences(of: "<polyline class=\"series", in: dom) == 2)
        #expect(HTMLReportFixtures.occurrences(of: "<details id=\"group-", in: dom) == 5)
        #expect(!dom.lowercased().contains("<script"), "a hostile name became an element")
        #expect(dom.contains("hr/&lt;script&gt;alert('pii')&lt;/script&gt;.txt:4:3"))
        let pageText = String(decoding: try TempTree.read(file), as: UTF8.self)
        for raw in HTMLReportFixtures.rawValues + ["diabetes type 2", "hunter2"] {
            #expect(!dom.contains(raw) && !pageText.contains(raw), "\(raw) reached the page")
        }
        #expect(!run.stderr.contains("Content Security Policy"), "the page tried to load something: \(run.stderr)")
    }

    /// Proves the check above can fail: a page that tries to load an image gets a CSP message on stderr.
    @Test func aBlockedLoadIsLogged() throws {
        let page = HTMLReportRenderer.render(try HTMLReportFixtures.input(findings: []))
            .replacingOccurrences(of: "<main>", with: "<main><img alt=\"\" src=\"https://example.invalid/x.png\">")
        let run = try chromium.dumpDOM(try write(page, as: "leaky.html"))
        #expect(run.stderr.contains("Content Security Policy"))
    }

    @Test func theChartDraws() throws {
        let chart = HTMLTrendChart(points: HTMLReportFixtures.trend(runs: 12), currentRunID: "run-12")
        let page =
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>\(HTMLReportStyle.css)</style></head>"
            + "<body><main><figure class=\"chart\">\(chart.svg())</figure></main></body></html>"
        let png = tree.path("chart.png")
        let run = try chromium.screenshot(try write(page, as: "chart.html"), to: png, width: 1000, height: 400)
        #expect(!run.timedOut && run.status == 0, "\(run.stderr)")
        try #require(HTMLHeadlessChromium.python != nil, "python3 decodes the screenshot")
        let pixels = try HTMLScreenshotPixels.read(png, colors: [Self.findingsColor, Self.violationsColor])
        #expect(pixels.width == 1000 && pixels.height == 400)
        // A 2 px line across ~850 px and twelve filled markers of each series; a blank chart has none.
        #expect(pixels.counts[0] > 1_500, "findings series pixels: \(pixels.counts[0])")
        #expect(pixels.counts[1] > 800, "violations series pixels: \(pixels.counts[1])")
    }

    @Test func theWholePageRendersAt1280Pixels() throws {
        let file = try write(HTMLReportRenderer.render(try HTMLReportFixtures.input()), as: "page.html")
        let png = ProcessInfo.processInfo.environment["PIISCAN_HTML_SCREENSHOT"] ?? tree.path("page.png")
        let run = try chromium.screenshot(file, to: png, width: 1280, height: 2000)
        #expect(!run.timedOut && run.status == 0, "\(run.stderr)")
        let bytes = try TempTree.read(png)
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 1280 && height == 2000)
        // A blank 1280 × 2000 page compresses to a few KiB; text, tables and the chart make it much larger.
        #expect(bytes.count > 60_000, "\(bytes.count) bytes")
    }
}
