/// The YAML each violation suggests: the smallest change to `ropa.yaml` that would make it agree with the scan.
/// Placeholders in angle brackets are for owners to fill in.
enum ViolationSuggestion {
    /// Adds `category` to the system's first activity, or declares a new activity for it.
    static func declare(_ category: String, on system: RoPASystem, activities: [RoPAActivity]) -> String {
        guard let activity = activities.first else { return newActivity(for: system.id, category: category) }
        return "activities:\n  - id: \(activity.id)\n    data_categories: \(list(activity.dataCategories + [category]))"
    }

    /// Records the DPIA as done on the activities concerned (or a new one for the system).
    static func dpiaDone(_ activities: [RoPAActivity], system: RoPASystem) -> String {
        guard !activities.isEmpty else { return newActivity(for: system.id, category: nil) + "\n    dpia: done" }
        return "activities:\n" + activities.map { "  - id: \($0.id)\n    dpia: done" }.joined(separator: "\n")
    }

    /// Brings a system into the PIMS scope.
    static func scope(_ scope: RoPAScope, adding id: String) -> String {
        let include = scope.include.isEmpty ? [] : scope.include + [id]
        let exclude = scope.exclude.filter { $0 != id }
        return "scope: {include: \(list(include)), exclude: \(list(exclude))}"
    }

    /// A retention long enough for the oldest file, in whole years (or delete the files instead).
    static func retention(_ activities: [RoPAActivity], ageSeconds: Double) -> String {
        let years = max(1, Int((ageSeconds / (365 * 86_400)).rounded(.up)))
        let lines = activities.filter { $0.retention != nil }.map { "  - id: \($0.id)\n    retention: P\(years)Y" }
        return "# delete or archive the files, or extend the retention:\nactivities:\n"
            + lines.joined(separator: "\n")
    }

    /// Removes a category never found from the activities that declare it.
    static func undeclare(_ category: String, from activities: [RoPAActivity]) -> String {
        let declaring = activities.filter { $0.dataCategories.contains(category) }
        return "activities:\n"
            + declaring.map {
                "  - id: \($0.id)\n    data_categories: \(list($0.dataCategories.filter { $0 != category }))"
            }
            .joined(separator: "\n")
    }

    /// A new system claiming an unclaimed location, with an activity declaring what was found there.
    static func system(for location: String, category: String) -> String {
        let id = slug(location)
        let claim = StoreLocator(location) == nil ? "path: \(location)" : "store: \(location)"
        return """
            systems:
              - id: \(id)
                owner: <owner>
                locations:
                  - \(claim)
            \(newActivity(for: id, category: category))
            """
    }

    /// A location as the RoPA file writes it.
    static func describe(_ location: RoPALocation) -> String {
        switch location {
        case .path(let glob): glob
        case .store(let locator, let tables): tables.isEmpty ? locator : "\(locator) \(list(tables))"
        }
    }

    private static func newActivity(for system: String, category: String?) -> String {
        var lines = [
            "activities:", "  - id: \(system)-processing", "    purposes: [<purpose>]", "    legal_basis: <basis>",
        ]
        if let category { lines.append("    data_categories: [\(category)]") }
        lines.append("    systems: [\(system)]")
        return lines.joined(separator: "\n")
    }

    private static func list(_ items: [String]) -> String {
        "[" + items.joined(separator: ", ") + "]"
    }

    /// `Examples/hr/**` → `examples-hr`; `sqlite:db/app.db` → `app-db`.
    private static func slug(_ location: String) -> String {
        var base = location.replacingOccurrences(of: "/**", with: "")
        if StoreLocator(location) != nil, let last = base.split(separator: "/").last { base = String(last) }
        let words = base.lowercased().split { !($0.isLetter || $0.isNumber) }
        return words.isEmpty ? "unclaimed" : words.joined(separator: "-")
    }
}
