import Foundation
import Testing

@testable import PIIScanKit

/// Each format's output for the fixed fixtures, compared byte for byte with `Fixtures/expected.<format>`.
/// Run with `PIISCAN_UPDATE_GOLDEN=1` to rewrite the golden files instead (then review the diff).
@Suite("Golden reports")
struct GoldenReportTests {
    @Test("each format matches its golden file", arguments: ReporterRegistry.all.map { $0.identifier })
    func golden(identifier: String) throws {
        let reporterType = try #require(ReporterRegistry.reporter(for: identifier))
        let rendered = try ReportFixtures.render(reporterType)
        let path = ReportFixtures.fixturePath("expected.\(identifier)")
        if ProcessInfo.processInfo.environment["PIISCAN_UPDATE_GOLDEN"] == "1" {
            try rendered.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOfFile: path, encoding: .utf8)
        #expect(rendered == expected, "\(identifier) differs from \(path); rerun with PIISCAN_UPDATE_GOLDEN=1")
    }

    @Test("rendering twice gives identical bytes", arguments: ReporterRegistry.all.map { $0.identifier })
    func deterministic(identifier: String) throws {
        let reporterType = try #require(ReporterRegistry.reporter(for: identifier))
        #expect(try ReportFixtures.render(reporterType) == ReportFixtures.render(reporterType))
    }
}
