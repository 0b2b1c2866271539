/// The trend of findings (and violations) across runs as an inline SVG line chart, drawn here rather than by a
/// script so it shows without JavaScript, in print, and under a policy that forbids scripts. One marker per run
/// (hollow for an incomplete run, larger for the run the report is about), each with a `<title>` tooltip.
struct HTMLTrendChart {
    let points: [HTMLReportTrendPoint]
    let currentRunID: String

    static let width = 960.0
    static let height = 280.0
    static let left = 64.0
    static let right = 48.0
    static let top = 16.0
    static let bottom = 40.0
    static let gridLines = 4
    static let maxAxisLabels = 8

    /// The top of the y axis: four equal steps of 1, 2, 2.5 or 5 times a power of ten that reach `value`.
    static func axisMaximum(_ value: Int) -> Int {
        var magnitude = 1
        while true {
            for step in [magnitude, 2 * magnitude, 5 * magnitude / 2, 5 * magnitude] where step * gridLines >= value {
                return step * gridLines
            }
            magnitude *= 10
        }
    }

    func svg() -> String {
        let maximum = Self.axisMaximum(points.map { max($0.findings, $0.violations ?? 0) }.max() ?? 0)
        var svg = """
            <svg viewBox="0 0 \(Int(Self.width)) \(Int(Self.height))" \
            role="img" aria-labelledby="trend-title trend-desc">
            <title id="trend-title">Findings and violations per run</title>
            <desc id="trend-desc">\(HTMLText.escape(description()))</desc>

            """
        svg += grid(maximum: maximum)
        svg += axisLabels()
        svg += series({ $0.findings }, name: "findings", maximum: maximum)
        if points.contains(where: { $0.violations != nil }) {
            svg += series({ $0.violations }, name: "violations", maximum: maximum)
        }
        return svg + "</svg>\n"
    }

    /// One sentence for screen readers: how many runs, from when to when, first and last counts.
    func description() -> String {
        guard let first = points.first, let last = points.last else { return "No runs." }
        var text = points.count == 1 ? "One run, \(HTMLText.displayDate(first.startedAt)): " : ""
        if points.count > 1 {
            text =
                "\(points.count) runs from \(HTMLText.displayDate(first.startedAt)) to "
                + "\(HTMLText.displayDate(last.startedAt)): findings \(first.findings) in the first, "
        }
        text += "\(last.findings) findings in the last"
        if let violations = last.violations { text += ", \(violations) violations" }
        return text + "."
    }

    private func x(_ index: Int) -> Double {
        let plot = Self.width - Self.left - Self.right
        guard points.count > 1 else { return Self.left + plot / 2 }
        return Self.left + plot * Double(index) / Double(points.count - 1)
    }

    private func y(_ value: Int, maximum: Int) -> Double {
        let plot = Self.height - Self.top - Self.bottom
        return Self.top + plot * (1 - Double(value) / Double(maximum))
    }

    private static func number(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? "\(Int(tenths / 10))" : "\(tenths / 10)"
    }

    private func grid(maximum: Int) -> String {
        var svg = "<g class=\"grid-lines\">\n"
        for line in 0...Self.gridLines {
            let value = maximum * line / Self.gridLines
            let lineY = Self.number(y(value, maximum: maximum))
            svg += "<line class=\"grid\" x1=\"\(Int(Self.left))\" x2=\"\(Int(Self.width - Self.right))\" "
            svg += "y1=\"\(lineY)\" y2=\"\(lineY)\"/>"
            svg += "<text class=\"axis-label\" x=\"\(Int(Self.left) - 8)\" y=\"\(lineY)\" text-anchor=\"end\" "
            svg += "dominant-baseline=\"middle\">\(HTMLText.count(value))</text>\n"
        }
        return svg + "</g>\n"
    }

    /// Dates under at most `maxAxisLabels` evenly spread runs (the last always), with the time when runs share a day.
    private func axisLabels() -> String {
        let days = points.map { String(HTMLText.isoDate($0.startedAt).prefix(10)) }
        let sameDay = Set(days).count < days.count
        let stride = max(1, (points.count + Self.maxAxisLabels - 1) / Self.maxAxisLabels)
        var indices = Array(Swift.stride(from: 0, to: points.count, by: stride))
        if let last = indices.last, last != points.count - 1 {
            if points.count - 1 - last < stride / 2 + 1 { indices.removeLast() }
            indices.append(points.count - 1)
        }
        var svg = "<g class=\"x-labels\">\n"
        for index in indices {
            let iso = HTMLText.isoDate(points[index].startedAt)
            let time = String(iso.dropFirst(5).prefix(11)).replacingOccurrences(of: "T", with: " ")
            let label = sameDay ? time : days[index]
            svg += "<text class=\"axis-label\" x=\"\(Self.number(x(index)))\" y=\"\(Int(Self.height) - 12)\" "
            svg += "text-anchor=\"middle\">\(HTMLText.escape(label))</text>\n"
        }
        return svg + "</g>\n"
    }

    /// Marker radius: smaller when many runs share the width, so neighbours do not merge; violation markers are
    /// smaller than finding markers and drawn over them, so both show when the two counts are equal.
    private func markerRadius(series name: String, current: Bool) -> Int {
        (points.count > 40 ? 3 : 5) - (name == "violations" ? 2 : 0) + (current ? 2 : 0)
    }

    private func series(_ value: (HTMLReportTrendPoint) -> Int?, name: String, maximum: Int) -> String {
        let drawn = points.indices.compactMap { index in value(points[index]).map { (index, $0) } }
        var svg = "<g class=\"series-\(name)\">\n"
        if drawn.count > 1 {
            let coordinates = drawn.map { "\(Self.number(x($0.0))),\(Self.number(y($0.1, maximum: maximum)))" }
            svg += "<polyline class=\"series \(name)\" points=\"\(coordinates.joined(separator: " "))\"/>\n"
        }
        for (index, count) in drawn {
            let point = points[index]
            let current = point.runID == currentRunID
            let classes = ["point", name] + (point.complete ? [] : ["incomplete"]) + (current ? ["current"] : [])
            let tooltip =
                "Run \(point.runID), \(HTMLText.displayDate(point.startedAt)): "
                + HTMLText.counted(count, String(name.dropLast()))
                + (point.complete ? "" : " (incomplete run)") + (current ? " (this report)" : "")
            svg += "<circle class=\"\(classes.joined(separator: " "))\" data-run=\"\(HTMLText.escape(point.runID))\" "
            svg += "cx=\"\(Self.number(x(index)))\" cy=\"\(Self.number(y(count, maximum: maximum)))\" "
            svg += "r=\"\(markerRadius(series: name, current: current))\">"
            svg += "<title>\(HTMLText.escape(tooltip))</title></circle>\n"
        }
        return svg + "</g>\n"
    }
}
