/// The gaps in a RoPA's content: what the file declares loads, but is not yet a complete record. Each gap is a
/// violation with its own kind, severity, owner and the YAML that would close it, reported by `ropa check` and
/// by every scan that reconciles. Activities with `status: draft` are unfinished by definition and are not
/// checked until they lose that status.
///
/// - `special_category_without_condition` (high): special-category data without `special_category_condition`;
/// - `incomplete_declaration` (medium): a `confirmed` activity without owner, purposes, legal basis or retention;
/// - `transfer_without_safeguard` (medium): a transfer to a third country with no safeguard named;
/// - `unused_system` (low): a system no activity names.
public struct RoPAGaps {
    let document: RoPADocument
    let taxonomy: Taxonomy

    public init(document: RoPADocument, taxonomy: Taxonomy) {
        self.document = document
        self.taxonomy = taxonomy
    }

    /// Every gap, activities in file order, then unused systems.
    public func violations() -> [Violation] {
        var violations: [Violation] = []
        for activity in document.activities where activity.status != .draft {
            violations += specialCategoryWithoutCondition(activity)
            violations += incomplete(activity)
            violations += transfersWithoutSafeguard(activity)
        }
        return violations + unusedSystems()
    }

    /// How many activities are drafts, which are not checked for gaps.
    public var draftActivities: Int {
        document.activities.count { $0.status == .draft }
    }

    private func specialCategoryWithoutCondition(_ activity: RoPAActivity) -> [Violation] {
        guard activity.specialCategoryCondition == nil else { return [] }
        let special = activity.dataCategories.filter(taxonomy.isSpecial)
        guard !special.isEmpty else { return [] }
        let conditions = RoPAActivity.specialCategoryConditions.joined(separator: ", ")
        return special.map { category in
            gap(
                .specialCategoryWithoutCondition, .high, activity, category: category,
                detail: "activity '\(activity.id)' declares special-category data (\(category), GDPR Art. 9/10) "
                    + "without a special_category_condition",
                fix: ["special_category_condition: <condition>  # one of: \(conditions)"])
        }
    }

    private func incomplete(_ activity: RoPAActivity) -> [Violation] {
        guard activity.status == .confirmed else { return [] }
        let missing: [(key: String, placeholder: String, isMissing: Bool)] = [
            ("owner", "owner: <who answers for it>", activity.owner == nil),
            ("purposes", "purposes: [<purpose>]", activity.purposes.isEmpty),
            ("legal_basis", "legal_basis: <basis>  # GDPR Art. 6(1): \(Self.legalBases)", activity.legalBasis == nil),
            ("retention", "retention: <ISO 8601 duration, e.g. P6Y>", activity.retention == nil),
        ]
        let gaps = missing.filter(\.isMissing)
        guard !gaps.isEmpty else { return [] }
        let keys = gaps.map { "'\($0.key)'" }.joined(separator: ", ")
        return [
            gap(
                .incompleteDeclaration, .medium, activity, category: nil,
                detail: "confirmed activity '\(activity.id)' has no \(keys)", fix: gaps.map(\.placeholder))
        ]
    }

    private func transfersWithoutSafeguard(_ activity: RoPAActivity) -> [Violation] {
        let unsafe = activity.transfers.filter { $0.safeguard == nil }
        guard !unsafe.isEmpty else { return [] }
        let countries = unsafe.map(\.country).joined(separator: ", ")
        let transfers = activity.transfers.map { transfer in
            "  - {country: \(transfer.country), safeguard: \(transfer.safeguard ?? "<safeguard, e.g. SCCs>")}"
        }
        return [
            gap(
                .transferWithoutSafeguard, .medium, activity, category: nil,
                detail: "activity '\(activity.id)' transfers personal data to \(countries) without a safeguard named "
                    + "(GDPR Art. 44-49)",
                fix: ["transfers:"] + transfers)
        ]
    }

    private func unusedSystems() -> [Violation] {
        let used = Set(document.activities.flatMap(\.systems))
        return document.systems.filter { !used.contains($0.id) }.map { system in
            Violation(
                kind: .unusedSystem, severity: .low, system: system.id, owner: system.owner, category: nil,
                locations: system.locations.map { .declared(ViolationSuggestion.describe($0)) }, count: 0,
                samples: [],
                detail: "system '\(system.id)' is declared, but no activity names it: its processing has no purpose "
                    + "or legal basis on record",
                suggestion: """
                    # name it in the activities that use it, or remove the system:
                    activities:
                      - id: <activity>
                        systems: [\(system.id)]
                    """)
        }
    }

    /// A gap of `activity`: its first system, its owner (else that system's), the fix as lines under its id.
    private func gap(
        _ kind: ViolationKind, _ severity: Severity, _ activity: RoPAActivity, category: String?, detail: String,
        fix: [String]
    ) -> Violation {
        let system = activity.systems.first
        let systemOwner = document.systems.first { $0.id == system }?.owner
        let lines = ["activities:", "  - id: \(activity.id)"] + fix.map { "    " + $0 }
        return Violation(
            kind: kind, severity: severity, system: system, owner: activity.owner ?? systemOwner, category: category,
            locations: [], count: 0, samples: [], detail: detail, suggestion: lines.joined(separator: "\n"))
    }

    private static let legalBases = RoPAActivity.LegalBasis.allCases.map(\.rawValue).joined(separator: ", ")
}
