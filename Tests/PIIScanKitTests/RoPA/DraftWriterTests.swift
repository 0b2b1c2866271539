import PIIScanKit
import Testing

/// Drafting a RoPA from an inventory, and merging into an owner's file without changing what they wrote.
@Suite("DraftWriter")
struct DraftWriterTests {
    static let taxonomy = try! CatalogLoader.loadTaxonomy()

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
        let text = DraftWriter(taxonomy: Self.taxonomy).draft(inventory(nil, Self.findings))
        let document = try load(text)
        #expect(document.systems.map(\.id) == ["exports", "hr"])
        #expect(document.systems.allSatisfy { $0.status == .draft })
        #expect(document.activities.map(\.id) == ["exports-processing", "hr-processing"])
        #expect(document.activities[1].dataCategories == ["user.health_and_medical"])
        #expect(
            text.contains(
                "      - user.health_and_medical  # 2 findings; special category (GDPR Art. 9): fill in "
                    + "special_category_condition\n        # found in: hr/staff.tsv (2)\n"
                    + "        # samples (masked): ***\n"))
        #expect(text.contains("    legal_basis:  # TODO"))
    }

    @Test func everyArt30FieldHasAPlaceholderAndTheConditionOnlyWhereNeeded() throws {
        let text = DraftWriter(taxonomy: Self.taxonomy).draft(inventory(nil, Self.findings), organization: "Acme")
        let entries = text.components(separatedBy: "  - id: ")
        let exports = try #require(entries.first { $0.hasPrefix("exports-processing\n") })
        let hr = try #require(entries.first { $0.hasPrefix("hr-processing\n") })
        for key in [
            "owner:", "role:", "purposes: []", "legal_basis:", "data_subjects: []", "recipients: []", "transfers: []",
            "retention:", "dpia:", "security_measures: []",
        ] {
            #expect(exports.contains("\n    \(key)  # TODO: "), "\(key)")
            #expect(hr.contains("\n    \(key)  # TODO: "), "\(key)")
        }
        #expect(!exports.contains("special_category_condition:"))
        #expect(hr.contains("\n    special_category_condition:  # TODO: special-category data needs a GDPR Art. 9(2)"))
        #expect(text.contains("\norganization: Acme\n"))
        let document = try load(text)
        #expect(document.organization == "Acme")
        #expect(RoPAGaps(document: document, taxonomy: Self.taxonomy).violations().isEmpty)
    }

    @Test func criminalRecordsAreMarkedAsArticle10() throws {
        let findings = [InventoryTests.file("legal/cases.txt", "user.criminal_history")]
        let text = DraftWriter(taxonomy: Self.taxonomy).draft(inventory(nil, findings))
        #expect(text.contains("  - user.criminal_history  # 1 finding; special category (GDPR Art. 10): fill in "))
        #expect(text.contains("    special_category_condition:  # TODO: "))
    }

    @Test func evidenceListsTheTopLocationsAndMaskedSamples() throws {
        let findings = (0..<5).flatMap { index in
            Array(repeating: InventoryTests.file("exports/f\(index).csv", "user.name"), count: index + 1)
        }
        let text = DraftWriter(taxonomy: Self.taxonomy).draft(inventory(nil, findings))
        #expect(
            text.contains(
                "      - user.name  # 15 findings\n"
                    + "        # found in: exports/f4.csv (5), exports/f3.csv (4), exports/f2.csv (3), ...\n"
                    + "        # samples (masked): ***\n"))
    }

    @Test func mergeFillsAnEmptyOrganizationAndKeepsAGivenOne() throws {
        let unnamed = Self.owned.replacingOccurrences(
            of: "organization: Example Ltd   # legal name", with: "organization: \"\"")
        let writer = DraftWriter(taxonomy: Self.taxonomy)
        let named = try writer.merge(
            inventory(try load(unnamed), []), into: unnamed, document: try load(unnamed), organization: "Acme Ltd")
        #expect(named == unnamed.replacingOccurrences(of: "organization: \"\"", with: "organization: Acme Ltd"))
        let kept = try writer.merge(
            inventory(try load(Self.owned), []), into: Self.owned, document: try load(Self.owned), organization: "Other"
        )
        #expect(kept == Self.owned)
    }

    @Test func mergeKeepsOwnersTextAndAddsOnlyWhatIsNew() throws {
        let existing = try load(Self.owned)
        let merged = try DraftWriter(taxonomy: Self.taxonomy).merge(
            inventory(existing, Self.findings), into: Self.owned, document: existing)
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
        let once = try DraftWriter(taxonomy: Self.taxonomy).merge(
            inventory(existing, Self.findings), into: Self.owned, document: existing)
        let document = try load(once)
        let twice = try DraftWriter(taxonomy: Self.taxonomy).merge(
            inventory(document, Self.findings), into: once, document: document)
        #expect(twice == once)
        let fresh = DraftWriter(taxonomy: Self.taxonomy).draft(inventory(nil, Self.findings))
        let freshDocument = try load(fresh)
        #expect(
            try DraftWriter(taxonomy: Self.taxonomy).merge(
                inventory(freshDocument, Self.findings), into: fresh, document: freshDocument)
                == fresh)
    }

    @Test func newCategoriesGoIntoTheExistingDraftActivity() throws {
        let fresh = DraftWriter(taxonomy: Self.taxonomy).draft(inventory(nil, Self.findings))
        let document = try load(fresh)
        let more = Self.findings + [InventoryTests.file("hr/x.txt", "user.contact.phone_number")]
        let merged = try DraftWriter(taxonomy: Self.taxonomy).merge(
            inventory(document, more), into: fresh, document: document)
        let result = try load(merged)
        #expect(result.activities.count == 2)
        #expect(result.activities[1].dataCategories == ["user.health_and_medical", "user.contact.phone_number"])
        #expect(merged.contains("  - user.contact.phone_number  # 1 finding\n"))
    }

    @Test func confirmedActivitiesAreNeverExtended() throws {
        let existing = try load(Self.owned)
        let merged = try DraftWriter(taxonomy: Self.taxonomy).merge(
            inventory(existing, Self.findings), into: Self.owned, document: existing)
        let document = try load(merged)
        let more = Self.findings + [InventoryTests.file("exports/b.csv", "user.financial.credit_card")]
        let again = try DraftWriter(taxonomy: Self.taxonomy).merge(
            inventory(document, more), into: merged, document: document)
        let result = try load(again)
        #expect(result.activities[0] == existing.activities[0])
        #expect(result.activities.count == 3)
        #expect(result.activities[1].dataCategories == ["user.name", "user.financial.credit_card"])
        #expect(again.contains("\n    - user.name  # 1 finding\n    - user.financial.credit_card  # 1 finding\n"))
    }

    @Test func emptyFlowListsAreOpenedUp() throws {
        let text = "version: 1\norganization: X\nsystems: []\nactivities: []\n"
        let document = try load(text)
        let merged = try DraftWriter(taxonomy: Self.taxonomy).merge(
            inventory(document, Self.findings), into: text, document: document)
        #expect(try load(merged).systems.map(\.id) == ["exports", "hr"])
    }

    @Test func nonEmptyFlowListsAreNotExtended() throws {
        let text = "organization: X\nsystems: [{id: crm, locations: [{path: crm/**}]}]\n"
        let document = try load(text)
        let error = try #require(throws: ConfigFileError.self) {
            try DraftWriter(taxonomy: Self.taxonomy).merge(
                inventory(document, Self.findings), into: text, document: document, fileName: "r.yaml")
        }
        #expect(error.file == "r.yaml")
        #expect(error.message.contains("cannot add to 'systems'"))
    }
}
