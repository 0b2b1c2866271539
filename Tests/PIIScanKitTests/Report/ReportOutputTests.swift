import Testing

@testable import PIIScanKit

@Suite("Reporter registry")
struct ReportOutputTests {
    @Test("the registry knows every format by identifier")
    func registry() {
        #expect(ReporterRegistry.all.map { $0.identifier } == ["text", "jsonl", "json", "sarif", "markdown"])
        #expect(ReporterRegistry.reporter(for: "sarif") == SARIFReporter.self)
        #expect(ReporterRegistry.reporter(for: "xml") == nil)
        #expect(ReporterRegistry.all.allSatisfy { !$0.summary.isEmpty })
    }
}
