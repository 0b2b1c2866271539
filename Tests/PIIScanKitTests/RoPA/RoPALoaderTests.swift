import PIIScanKit
import Testing

/// Loading valid RoPA files: every field read, placeholders accepted in drafts, ISO 8601 retention parsed.
@Suite("RoPALoader")
struct RoPALoaderTests {
    private func load(_ text: String) throws -> RoPADocument {
        try RoPALoader.load(name: "ropa.yaml", bytes: Array(text.utf8), taxonomy: CatalogLoader.loadTaxonomy())
    }

    @Test func readsEveryField() throws {
        let document = try load(RoPASamples.valid)
        #expect(document.organization == "Example Ltd")
        #expect(document.scope == RoPAScope(include: ["crm", "hr"]))
        #expect(document.systems.map(\.id) == ["crm", "hr"])
        #expect(
            document.systems[0].locations == [
                .store("postgres://crm-db:5432/crm", tables: []), .path("exports/crm/**"),
                .store("sqlite:data/app.db", tables: ["main.*"]),
            ])
        let support = document.activities[0]
        #expect(support.role == .controller)
        #expect(support.legalBasis == .contract)
        #expect(support.businessFunction == "Customer service")
        #expect(support.transfers == [RoPATransfer(country: "US", safeguard: "SCCs")])
        #expect(support.retention == RoPARetention(text: "P2Y", seconds: 2 * 365 * 86_400))
        #expect(support.dpia == .notRequired)
        #expect(support.status == .confirmed)
        #expect(document.activities[1].specialCategoryCondition == "employment")
    }

    @Test func draftsMayLeaveOwnerPurposesLegalBasisAndConditionEmpty() throws {
        let text = """
            organization: ""
            systems:
              - id: hr
                status: draft
                owner:  # TODO
                locations: [{path: hr/**}]
            activities:
              - id: hr-discovered
                status: draft
                owner:
                purposes: []
                legal_basis:
                data_categories:
                  - user.health_and_medical  # 3 findings
                systems: [hr]
            """
        let document = try load(text)
        #expect(document.systems[0].owner == nil)
        #expect(document.activities[0].legalBasis == nil)
        #expect(document.activities[0].dataCategories == ["user.health_and_medical"])
    }

    static let day = 86_400.0
    static let durations: [(text: String, seconds: Double)] = [
        ("P2Y", 730 * day), ("P6M", 180 * day), ("P1W", 7 * day), ("P90D", 90 * day), ("PT12H", 43_200),
        ("P1Y6M", 545 * day), ("P1DT1H1M1S", 90_061), ("P0.5Y", 182.5 * day),
    ]

    @Test(arguments: durations)
    func parsesRetention(_ text: String, _ seconds: Double) throws {
        let retention = try #require(RoPARetention(iso8601: text))
        #expect(retention.text == text)
        #expect(retention.seconds == seconds)
    }

    @Test(arguments: ["", "P", "PT", "2Y", "P2", "PY", "P1M2Y", "P1H", "P1DT", "P1Y1Y", "p2y", "P-1Y"])
    func rejectsInvalidRetention(_ text: String) {
        #expect(RoPARetention(iso8601: text) == nil)
    }
}
