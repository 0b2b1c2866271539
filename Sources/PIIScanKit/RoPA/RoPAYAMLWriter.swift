/// Writes a `RoPADocument` as `ropa.yaml` text in a fixed key order with stable quoting, so the same document
/// always gives the same bytes (`piiscan ropa import`, `piiscan draft`). Empty optional fields are left out,
/// except in `draft` entries, where every GDPR Art. 30 field is written empty with a `# TODO` comment saying what
/// goes there (`special_category_condition` only when a category needs it) for owners to fill in.
public struct RoPAYAMLWriter {
    /// Comments on data categories, by activity id, then category key (evidence in drafts).
    public var categoryNotes: [String: [String: Note]]
    /// Says which categories are special; without it no draft gets a `special_category_condition` placeholder.
    public var taxonomy: Taxonomy?

    /// A comment after a list element, and comment lines under it.
    public struct Note: Sendable, Hashable {
        public var trailing: String
        public var lines: [String]

        public init(trailing: String, lines: [String] = []) {
            self.trailing = trailing
            self.lines = lines
        }
    }

    public init(categoryNotes: [String: [String: Note]] = [:], taxonomy: Taxonomy? = nil) {
        self.categoryNotes = categoryNotes
        self.taxonomy = taxonomy
    }

    /// The whole file.
    public func document(_ document: RoPADocument) -> String {
        var lines = ["version: \(document.version)", "organization: \(YAMLScalar.quoted(document.organization))"]
        if let scope = document.scope {
            lines.append("scope:")
            lines += list("include", scope.include, indent: 2, keepEmpty: true)
            lines += list("exclude", scope.exclude, indent: 2, keepEmpty: true)
        }
        lines.append(document.systems.isEmpty ? "systems: []" : "systems:")
        for system in document.systems { lines += self.system(system) }
        lines.append(document.activities.isEmpty ? "activities: []" : "activities:")
        for activity in document.activities { lines += self.activity(activity) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One `systems` entry, starting with `  - id:`.
    public func system(_ system: RoPASystem) -> [String] {
        var lines = ["  - id: \(YAMLScalar.quoted(system.id))"]
        lines += scalar("status", system.status?.rawValue)
        lines += scalar("name", system.name)
        lines += scalar("owner", system.owner, placeholder: system.status == .draft ? "who answers for it" : nil)
        lines.append(system.locations.isEmpty ? "    locations: []" : "    locations:")
        for location in system.locations {
            switch location {
            case .path(let glob):
                lines.append("      - path: \(YAMLScalar.quoted(glob))")
            case .store(let locator, let tables) where tables.isEmpty:
                lines.append("      - \(YAMLScalar.quoted(locator))")
            case .store(let locator, let tables):
                lines.append("      - store: \(YAMLScalar.quoted(locator))")
                lines += list("tables", tables, indent: 8)
            }
        }
        return lines
    }

    /// One `activities` entry, starting with `  - id:`.
    public func activity(_ activity: RoPAActivity) -> [String] {
        let draft = activity.status == .draft
        var lines = ["  - id: \(YAMLScalar.quoted(activity.id))"]
        lines += scalar("status", activity.status?.rawValue)
        lines += scalar("name", activity.name)
        lines += scalar("owner", activity.owner, placeholder: draft ? "who answers for this processing" : nil)
        lines += scalar("business_function", activity.businessFunction)
        lines += scalar("joint_controller", activity.jointController)
        lines += scalar("processor_contract", activity.processorContract)
        let hint = { (text: String) in draft ? text : nil }
        lines += scalar("role", activity.role?.rawValue, placeholder: hint(Self.roles))
        lines += list("purposes", activity.purposes, placeholder: hint("why the data is processed"))
        lines += scalar("legal_basis", activity.legalBasis?.rawValue, placeholder: hint(Self.bases))
        let special = activity.dataCategories.contains { taxonomy?.isSpecial($0) == true }
        lines += scalar(
            "special_category_condition", activity.specialCategoryCondition,
            placeholder: special ? hint(Self.conditions) : nil)
        lines += list(
            "data_subjects", activity.dataSubjects, placeholder: hint("whose data it is (customers, employees, ...)"))
        lines += list("data_categories", activity.dataCategories, notes: categoryNotes[activity.id] ?? [:])
        lines += list(
            "recipients", activity.recipients, placeholder: hint("who receives it (processors, authorities, ...)"))
        if activity.transfers.isEmpty, draft {
            lines.append("    transfers: []  # TODO: {country: US, safeguard: SCCs} per country outside the EEA/UK")
        }
        if !activity.transfers.isEmpty {
            lines.append("    transfers:")
            for transfer in activity.transfers {
                lines.append("      - country: \(YAMLScalar.quoted(transfer.country))")
                if let safeguard = transfer.safeguard {
                    lines.append("        safeguard: \(YAMLScalar.quoted(safeguard))")
                }
            }
        }
        lines += scalar(
            "retention", activity.retention?.text, placeholder: hint("how long it is kept, as ISO 8601 (P6Y, P90D)"))
        lines += scalar("dpia", activity.dpia?.rawValue, placeholder: hint(Self.dpia))
        lines += list(
            "security_measures", activity.securityMeasures,
            placeholder: hint("technical and organisational measures (encryption, access control, ...)"))
        lines += list("systems", activity.systems)
        return lines
    }

    private static let roles = RoPAActivity.Role.allCases.map(\.rawValue).joined(separator: " | ")
    private static let bases = RoPAActivity.LegalBasis.allCases.map(\.rawValue).joined(separator: " | ")
    private static let dpia = RoPAActivity.DPIAStatus.allCases.map(\.rawValue).joined(separator: " | ")
    private static let conditions =
        "special-category data needs a GDPR Art. 9(2) condition: "
        + RoPAActivity.specialCategoryConditions.joined(separator: " | ")

    /// `    key: value`; nothing when nil, unless a placeholder hint asks for an empty key.
    private func scalar(_ key: String, _ value: String?, placeholder: String? = nil) -> [String] {
        if let value { return ["    \(key): \(YAMLScalar.quoted(value))"] }
        return placeholder.map { ["    \(key):  # TODO: \($0)"] } ?? []
    }

    /// A block list under `key` (`[]` when empty and asked for), with optional notes per element.
    private func list(
        _ key: String, _ values: [String], indent: Int = 4, keepEmpty: Bool = false, placeholder: String? = nil,
        notes: [String: Note] = [:]
    ) -> [String] {
        let pad = String(repeating: " ", count: indent)
        if values.isEmpty {
            if let placeholder { return ["\(pad)\(key): []  # TODO: \(placeholder)"] }
            return keepEmpty ? ["\(pad)\(key): []"] : []
        }
        return ["\(pad)\(key):"]
            + values.flatMap { value in
                let note = notes[value]
                let comment = note.map { "  # \($0.trailing)" } ?? ""
                let below = note?.lines.map { "\(pad)    # \($0)" } ?? []
                return ["\(pad)  - \(YAMLScalar.quoted(value))\(comment)"] + below
            }
    }
}
