import PIIScanKit
import Testing

/// Each gap kind of a loaded RoPA: severity, owner, and fix YAML that closes it once applied.
@Suite("RoPA gaps")
struct RoPAGapsTests {
    private func gaps(_ text: String) throws -> [Violation] {
        let taxonomy = try CatalogLoader.loadTaxonomy()
        let document = try RoPALoader.load(name: "ropa.yaml", bytes: Array(text.utf8), taxonomy: taxonomy)
        return RoPAGaps(document: document, taxonomy: taxonomy).violations()
    }

    @Test func theValidSampleHasNoGap() throws {
        #expect(try gaps(RoPASamples.valid).isEmpty)
    }

    @Test func specialCategoryWithoutConditionLoadsAndIsAHighGap() throws {
        let text = RoPASamples.valid.replacingOccurrences(of: "    special_category_condition: employment\n", with: "")
        let violation = try #require(try gaps(text).only)
        #expect(violation.kind == .specialCategoryWithoutCondition)
        #expect(violation.severity == .high)
        #expect(violation.category == "user.health_and_medical")
        #expect(violation.system == "hr")
        #expect(violation.owner == "hr@example.com")
        #expect(violation.suggestion.hasPrefix("activities:\n  - id: sick-leave\n    special_category_condition: <"))
        #expect(violation.kind.iso27701v2019.map(\.number) == ["7.2.2", "7.2.8"])
        let fixed = text.replacingOccurrences(
            of: "    dpia: done\n", with: "    dpia: done\n    special_category_condition: employment\n")
        #expect(try gaps(fixed).isEmpty)
    }

    @Test func aDraftIsNotCheckedForGaps() throws {
        let text = RoPASamples.valid.replacingOccurrences(
            of: "    special_category_condition: employment\n", with: "    status: draft\n")
        #expect(try gaps(text).isEmpty)
    }

    @Test func confirmedActivityMissingEssentialsIsOneIncompleteDeclaration() throws {
        let text = RoPASamples.valid.replacingOccurrences(of: "    legal_basis: contract\n", with: "")
            .replacingOccurrences(of: "    retention: P2Y\n", with: "")
        let violation = try #require(try gaps(text).only)
        #expect(violation.kind == .incompleteDeclaration)
        #expect(violation.severity == .medium)
        #expect(violation.owner == "support-lead@example.com")
        #expect(violation.detail == "confirmed activity 'customer-support' has no 'legal_basis', 'retention'")
        #expect(violation.suggestion.contains("\n    legal_basis: <basis>"))
        #expect(violation.suggestion.contains("\n    retention: <ISO 8601 duration, e.g. P6Y>"))
    }

    @Test func transferWithoutSafeguard() throws {
        let text = RoPASamples.valid.replacingOccurrences(
            of: "[{country: US, safeguard: SCCs}]", with: "[{country: US, safeguard: SCCs}, {country: IN}]")
        let violation = try #require(try gaps(text).only)
        #expect(violation.kind == .transferWithoutSafeguard)
        #expect(violation.detail.contains("to IN without a safeguard"))
        #expect(
            violation.suggestion.hasSuffix(
                "transfers:\n      - {country: US, safeguard: SCCs}\n      - {country: IN, safeguard: <safeguard, e.g. SCCs>}"
            ))
    }

    @Test func systemNoActivityNames() throws {
        let text = RoPASamples.valid.replacingOccurrences(
            of: "activities:\n",
            with: "  - id: legacy\n    owner: it@example.com\n    locations: [{path: old/**}]\nactivities:\n")
        let violation = try #require(try gaps(text).only)
        #expect(violation.kind == .unusedSystem)
        #expect(violation.severity == .low)
        #expect(violation.system == "legacy")
        #expect(violation.owner == "it@example.com")
        #expect(violation.locations == [.declared("old/**")])
    }
}

extension Array {
    /// The single element, or nil when there are none or several.
    fileprivate var only: Element? {
        count == 1 ? first : nil
    }
}
