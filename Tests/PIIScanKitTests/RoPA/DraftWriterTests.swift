import PIIScanKit
import Testing

/// Drafting a RoPA from an inventory, and merging into an owner's file without changing what they wrote.
@Suite("DraftWriter")
struct DraftWriterTests {
    static let owned = """
        # Our RoPA. Owners: keep this comment.
        version: 1
        organization: Example Ltd   # legal name
        systems:
        - id: crm
          owner: crm-team@example.com
          locations:
          - path: exports/**   # nightly exports

        # Activities follow.
        activities:
        - id: support
          owner: support@example.com
          purposes: [Tickets]
          legal_basis: contract
          data_categories: [user.contact]
          systems: [crm]
          status: confirmed

        """

    private func load(_ text: String) throws -> RoPADocument {
        try RoPALoader.load(name: "ropa.yaml", bytes: Array(text.utf8), taxonomy: CatalogLoader.loadTaxonomy())
    }

    private func inventory(_ document: RoPADocument?, _ findings: [Finding]) -> Inventory {
        var inventory = Inventory(document: document)
        inventory.add(findings)
        return inventory
    }

    static let findings = [
        InventoryTests.file("exports/a.csv", "user.contact.email"), InventoryTests.file("exports/a.csv", "user.name"),
        InventoryTests.file("hr/staff.tsv", "user.health_and_medical"),
        InventoryTests.file("hr/staff.tsv", "user.health_and_medical"),
    ]

    @Test func freshDraftHasOneDraftSystemPerLocationAndLoads() throws {
        let text = DraftWriter().draft(inventory(nil, Self.findings))
        let document = try load(text)
        #expect(document.systems.map(\.id) == ["exports", "hr"])
        #expect(document.systems.allSatisfy { $0.status == .draft })
        #expect(document.activities.map(\.id) == ["exports-processing", "hr-processing"])
        #expect(document.activities[1].dataCategories == ["user.health_and_medical"])
        #expect(text.contains("  - user.health_and_medical  # 2 findings\n"))
        #expect(text.contains("    legal_basis:  # TODO"))
    }

    @Test func mergeKeepsOwnersTextAndAddsOnlyWhatIsNew() throws {
        let existing = try load(Self.owned)
        let merged = try DraftWriter().merge(inventory(existing, Self.findings), into: Self.owned, document: existing)
        // Every original line is still there, in order.
        var remaining = merged.split(separator: "\n", omittingEmptySubsequences: false)[...]
        for line in Self.owned.split(separator: "\n", omittingEmptySubsequences: false) {
            guard let index = remaining.firstIndex(of: line) else {
                Issue.record("lost line: \(line)")
                return
            }
            remaining = remaining[(index + 1)...]
        }
        let document = try load(merged)
        #expect(document.activities[0] == existing.activities[0])
        #expect(document.systems.map(\.id) == ["crm", "hr"])
        // user.contact.email is covered by the confirmed user.contact; user.name is new on crm.
        #expect(document.activities.map(\.id) == ["support", "crm-processing", "hr-processing"])
        #expect(document.activities[1].dataCategories == ["user.name"])
        #expect(document.activities[1].status == .draft)
    }

    @Test func rerunningOnUnchangedDataIsByteIdentical() throws {
        let existing = try load(Self.owned)
        let once = try DraftWriter().merge(inventory(existing, Self.findings), into: Self.owned, document: existing)
        let document = try load(once)
        let twice = try DraftWriter().merge(inventory(document, Self.findings), into: once, document: document)
        #expect(twice == once)
        let fresh = DraftWriter().draft(inventory(nil, Self.findings))
        let freshDocument = try load(fresh)
        #expect(
            try DraftWriter().merge(inventory(freshDocument, Self.findings), into: fresh, document: freshDocument)
                == fresh)
    }

    @Test func newCategoriesGoIntoTheExistingDraftActivity() throws {
        let fresh = DraftWriter().draft(inventory(nil, Self.findings))
        let document = try load(fresh)
        let more = Self.findings + [InventoryTests.file("hr/x.txt", "user.contact.phone_number")]
        let merged = try DraftWriter().merge(inventory(document, more), into: fresh, document: document)
        let result = try load(merged)
        #expect(result.activities.count == 2)
        #expect(result.activities[1].dataCategories == ["user.health_and_medical", "user.contact.phone_number"])
        #expect(merged.contains("  - user.contact.phone_number  # 1 finding\n"))
    }

    @Test func confirmedActivitiesAreNeverExtended() throws {
        let existing = try load(Self.owned)
        let merged = try DraftWriter().merge(inventory(existing, Self.findings), into: Self.owned, document: existing)
        let document = try load(merged)
        let more = Self.findings + [InventoryTests.file("exports/b.csv", "user.financial.credit_card")]
        let again = try DraftWriter().merge(inventory(document, more), into: merged, document: document)
        let result = try load(again)
        #expect(result.activities[0] == existing.activities[0])
        #expect(result.activities.count == 3)
        #expect(result.activities[1].dataCategories == ["user.name", "user.financial.credit_card"])
        #expect(again.contains("\n    - user.name  # 1 finding\n    - user.financial.credit_card  # 1 finding\n"))
    }

    @Test func emptyFlowListsAreOpenedUp() throws {
        let text = "version: 1\norganization: X\nsystems: []\nactivities: []\n"
        let document = try load(text)
        let merged = try DraftWriter().merge(inventory(document, Self.findings), into: text, document: document)
        #expect(try load(merged).systems.map(\.id) == ["exports", "hr"])
    }

    @Test func nonEmptyFlowListsAreNotExtended() throws {
        let text = "organization: X\nsystems: [{id: crm, locations: [{path: crm/**}]}]\n"
        let document = try load(text)
        let error = try #require(throws: ConfigFileError.self) {
            try DraftWriter().merge(
                inventory(document, Self.findings), into: text, document: document, fileName: "r.yaml")
        }
        #expect(error.file == "r.yaml")
        #expect(error.message.contains("cannot add to 'systems'"))
    }
}
