import Testing

@testable import PIIScanKit

/// No report may contain a raw value unless the finding carries it as `revealedValue` (`--reveal`).
@Suite("Masking holds in every report")
struct MaskingHoldsTests {
    @Test("without --reveal no raw or normalised value appears", arguments: ReporterRegistry.all.map { $0.identifier })
    func masked(identifier: String) throws {
        let text = try ReportFixtures.render(try #require(ReporterRegistry.reporter(for: identifier)))
        for raw in ReportFixtures.rawValues {
            #expect(!text.contains(raw), "\(identifier) leaks a raw value")
            for style in NormalizeStyle.allCases where style != .none {
                let normalized = String(
                    decoding: ValueNormalizer.normalize(Array(raw.utf8), style: style), as: UTF8.self)
                #expect(!text.contains(normalized), "\(identifier) leaks a normalised value")
            }
        }
        #expect(!text.contains("hunter2"), "\(identifier) leaks a credential")
        #expect(!text.contains("\"value\""))
        #expect(!text.contains("value:"))
    }

    @Test("with --reveal the revealed values are shown", arguments: ["jsonl", "json", "sarif", "text"])
    func revealed(identifier: String) throws {
        let reporter = try #require(ReporterRegistry.reporter(for: identifier))
        let text = try ReportFixtures.render(reporter, items: ReportFixtures.items(reveal: true))
        for raw in ReportFixtures.rawValues {
            #expect(text.contains(raw), "\(identifier) does not show a revealed value")
        }
    }
}
