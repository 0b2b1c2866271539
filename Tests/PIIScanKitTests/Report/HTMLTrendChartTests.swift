import Testing

@testable import PIIScanKit

/// The inline SVG trend chart: one marker per run, lines between them, a readable axis.
@Suite("HTML trend chart")
struct HTMLTrendChartTests {
    @Test(arguments: [(0, 4), (3, 4), (4, 4), (5, 8), (37, 40), (101, 200), (9_000, 10_000), (10_001, 20_000)])
    func axisMaximumIsFourRoundSteps(value: Int, expected: Int) {
        #expect(HTMLTrendChart.axisMaximum(value) == expected)
    }

    @Test func drawsOneMarkerPerRunAndSeries() {
        let svg = HTMLTrendChart(points: HTMLReportFixtures.trend(runs: 12), currentRunID: "run-12").svg()
        #expect(HTMLReportFixtures.occurrences(of: "<circle class=\"point findings", in: svg) == 12)
        #expect(HTMLReportFixtures.occurrences(of: "<circle class=\"point violations", in: svg) == 12)
        #expect(HTMLReportFixtures.occurrences(of: "<polyline", in: svg) == 2)
        #expect(HTMLReportFixtures.occurrences(of: "incomplete", in: svg) == 4)
        #expect(svg.contains("class=\"point findings current\" data-run=\"run-12\""))
        #expect(svg.contains("<title id=\"trend-title\">"))
    }

    @Test func oneRunIsOneCentredMarkerWithoutLines() {
        let point = HTMLReportTrendPoint(
            runID: "1", startedAt: HTMLReportFixtures.date(day: 1), findings: 5, violations: nil, complete: true)
        let svg = HTMLTrendChart(points: [point], currentRunID: "1").svg()
        #expect(HTMLReportFixtures.occurrences(of: "<circle", in: svg) == 1)
        #expect(!svg.contains("<polyline"))
        #expect(svg.contains("cx=\"488\""))
        #expect(HTMLTrendChart(points: [point], currentRunID: "1").description().hasPrefix("One run, 2026-11-01"))
    }

    @Test func markersStayInsideThePlotAndHigherCountsSitHigher() throws {
        let points = HTMLReportFixtures.trend(runs: 30)
        let svg = HTMLTrendChart(points: points, currentRunID: "none").svg()
        let circles = svg.split(separator: "\n").filter { $0.hasPrefix("<circle class=\"point findings") }
        let coordinates = try circles.map { line in
            let cx = try #require(Double(Self.attribute("cx", in: line)))
            let cy = try #require(Double(Self.attribute("cy", in: line)))
            return (cx, cy)
        }
        #expect(coordinates.allSatisfy { (64...912).contains($0.0) && (16...240).contains($0.1) })
        #expect(coordinates.map(\.0) == coordinates.map(\.0).sorted())
        let highest = points.indices.max { points[$0].findings < points[$1].findings }!
        #expect(coordinates[highest].1 == coordinates.map(\.1).min())
    }

    @Test func violationMarkersSitInsideFindingMarkersWhenCountsAreEqual() throws {
        let points = (1...3).map { day in
            HTMLReportTrendPoint(
                runID: "\(day)", startedAt: HTMLReportFixtures.date(day: day), findings: 4, violations: 4,
                complete: true)
        }
        let svg = HTMLTrendChart(points: points, currentRunID: "3").svg()
        let findings = try #require(svg.range(of: "<g class=\"series-findings\">"))
        let violations = try #require(svg.range(of: "<g class=\"series-violations\">"))
        #expect(findings.lowerBound < violations.lowerBound, "violations are drawn last, on top")
        #expect(svg.contains("class=\"point findings\" data-run=\"1\" cx=\"64\" cy=\"16\" r=\"5\""))
        #expect(svg.contains("class=\"point violations\" data-run=\"1\" cx=\"64\" cy=\"16\" r=\"3\""))
        #expect(svg.contains("class=\"point findings current\" data-run=\"3\" cx=\"912\" cy=\"16\" r=\"7\""))
    }

    @Test func labelsTimesWhenRunsShareADay() {
        let points = (0..<3).map { hour in
            HTMLReportTrendPoint(
                runID: "\(hour)", startedAt: HTMLReportFixtures.date(day: 5, hour: hour * 6), findings: hour,
                violations: nil, complete: true)
        }
        let svg = HTMLTrendChart(points: points, currentRunID: "2").svg()
        #expect(svg.contains(">11-05 06:30</text>"))
        #expect(!svg.contains("point violations"))
    }

    private static func attribute(_ name: String, in line: Substring) -> String {
        let start = line.range(of: " \(name)=\"")!.upperBound
        return String(line[start...].prefix { $0 != "\"" })
    }
}
