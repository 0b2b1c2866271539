/// Writes a `RoPADocument` as `ropa.yaml` text in a fixed key order with stable quoting, so the same document
/// always gives the same bytes (`piiscan ropa import`, `piiscan draft`). Empty optional fields are left out,
/// except in `draft` entries, where `owner`, `purposes` and `legal_basis` are written empty for owners to fill.
public struct RoPAYAMLWriter {
    /// Comments written after data categories, by activity id, then category key (evidence counts in drafts).
    public var categoryComments: [String: [String: String]]

    public init(categoryComments: [String: [String: String]] = [:]) {
        self.categoryComments = categoryComments
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
        lines += scalar("role", activity.role?.rawValue)
        lines += list("purposes", activity.purposes, placeholder: draft ? "why the data is processed" : nil)
        let bases = RoPAActivity.LegalBasis.allCases.map(\.rawValue).joined(separator: " | ")
        lines += scalar("legal_basis", activity.legalBasis?.rawValue, placeholder: draft ? bases : nil)
        lines += scalar("special_category_condition", activity.specialCategoryCondition)
        lines += list("data_subjects", activity.dataSubjects)
        lines += list("data_categories", activity.dataCategories, comments: categoryComments[activity.id] ?? [:])
        lines += list("recipients", activity.recipients)
        if !activity.transfers.isEmpty {
            lines.append("    transfers:")
            for transfer in activity.transfers {
                lines.append("      - country: \(YAMLScalar.quoted(transfer.country))")
                if let safeguard = transfer.safeguard {
                    lines.append("        safeguard: \(YAMLScalar.quoted(safeguard))")
                }
            }
        }
        lines += scalar("retention", activity.retention?.text)
        lines += scalar("dpia", activity.dpia?.rawValue)
        lines += list("security_measures", activity.securityMeasures)
        lines += list("systems", activity.systems)
        return lines
    }

    /// `    key: value`; nothing when nil, unless a placeholder hint asks for an empty key.
    private func scalar(_ key: String, _ value: String?, placeholder: String? = nil) -> [String] {
        if let value { return ["    \(key): \(YAMLScalar.quoted(value))"] }
        return placeholder.map { ["    \(key):  # TODO: \($0)"] } ?? []
    }

    /// A block list under `key` (`[]` when empty and asked for), with optional comments per element.
    private func list(
        _ key: String, _ values: [String], indent: Int = 4, keepEmpty: Bool = false, placeholder: String? = nil,
        comments: [String: String] = [:]
    ) -> [String] {
        let pad = String(repeating: " ", count: indent)
        if values.isEmpty {
            if let placeholder { return ["\(pad)\(key): []  # TODO: \(placeholder)"] }
            return keepEmpty ? ["\(pad)\(key): []"] : []
        }
        return ["\(pad)\(key):"]
            + values.map { value in
                let comment = comments[value].map { "  # \($0)" } ?? ""
                return "\(pad)  - \(YAMLScalar.quoted(value))\(comment)"
            }
    }
}
