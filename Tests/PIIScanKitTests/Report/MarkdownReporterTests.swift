import Testing

@testable import PIIScanKit

/// The Markdown report: escaping of scanned text, and the RoPA sections only when a RoPA was given.
@Suite("Markdown reporter")
struct MarkdownReporterTests {
    @Test("paths cannot break a table or a code span")
    func escaping() throws {
        let finding = RoPAFixtures.file("we|ird`name*.csv")
        let text = try ReportFixtures.render(MarkdownReporter.self, items: [[finding]])
        #expect(text.contains("| `we\\|ird'name*.csv` |"))
    }

    @Test("without a RoPA there is no violation section and no ISO/IEC 27701 table")
    func withoutRoPA() throws {
        let text = try ReportFixtures.render(MarkdownReporter.self)
        #expect(!text.contains("RoPA violations"))
        #expect(!text.contains("ISO/IEC 27701"))
    }

    @Test("with a RoPA the report ends with the ISO/IEC 27701 table, one row per kind")
    func controlTable() throws {
        let output = MemoryOutput()
        let reporter = MarkdownReporter(context: ReportFixtures.context, output: output)
        try reporter.add(violations: [])
        try reporter.finish(summary: ReportFixtures.summary)
        #expect(output.text.contains("None: the scan agrees with the RoPA."))
        let table = try #require(output.text.components(separatedBy: "## ISO/IEC 27701 evidence").last)
        for kind in ViolationKind.allCases {
            #expect(table.contains("`\(kind.rawValue)` | 0 |"))
        }
        #expect(table.contains("A.1.2.6 Privacy impact assessment"))
        #expect(table.contains("7.4.7 Retention"))
    }
}
