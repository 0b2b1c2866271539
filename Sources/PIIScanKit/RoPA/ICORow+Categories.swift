extension ICORow {
    /// The data-category cell: taxonomy keys or category names (`Email address`), one per line or separated by
    /// commas or semicolons. Special-category data needs the Art. 9 column unless the row is a draft.
    func categories(taxonomy: Taxonomy, activity: RoPAActivity) throws(ConfigFileError) -> [String] {
        var byName: [String: String] = [:]
        for category in taxonomy.categories.values.sorted(by: { $0.key < $1.key }) {
            if byName[category.name.lowercased()] == nil { byName[category.name.lowercased()] = category.key }
        }
        for key in taxonomy.categories.keys { byName[key.lowercased()] = key }
        var keys: [String] = []
        let values = cell(.dataCategories).split(whereSeparator: { $0 == "\n" || $0 == ";" || $0 == "," })
        for value in values.map({ $0.trimmingCharacters(in: .whitespaces) }) where !value.isEmpty {
            guard let key = byName[value.lowercased()] else {
                let nearest = NearestKey.suggestion(for: value.lowercased(), among: byName.keys)
                let hint = nearest.flatMap { byName[$0] }.map { " (did you mean '\($0)'?)" } ?? ""
                throw error(.dataCategories, "'\(value)' is neither a taxonomy key nor a category name\(hint)")
            }
            if taxonomy.isSpecial(key) && activity.specialCategoryCondition == nil && activity.status != .draft {
                throw error(
                    .dataCategories,
                    "'\(key)' is special-category data (GDPR Art. 9/10): fill in the Article 9 column")
            }
            if !keys.contains(key) { keys.append(key) }
        }
        return keys
    }

    /// The location cell: one system per line, `id` or free text naming it, optionally `: location; location`
    /// (a database locator, with `[table globs]`, or a path glob).
    func systems() throws(ConfigFileError) -> [RoPASystem] {
        var systems: [RoPASystem] = []
        for line in cell(.location).split(separator: "\n") {
            let parts = line.split(separator: ": ", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let name = parts.first, !name.isEmpty else { continue }
            let isIdentifier = !name.contains(where: \.isWhitespace)
            var system = RoPASystem(id: isIdentifier ? name : Slug.make(name), name: isIdentifier ? nil : name)
            if parts.count == 2 {
                for text in parts[1].split(separator: ";") {
                    system.locations.append(location(text.trimmingCharacters(in: .whitespaces)))
                }
            }
            systems.append(system)
        }
        return systems
    }

    private func location(_ text: String) -> RoPALocation {
        var locator = text
        var tables: [String] = []
        if text.hasSuffix("]"), let open = text.range(of: " [", options: .backwards) {
            locator = String(text[..<open.lowerBound])
            tables = text[open.upperBound..<text.index(before: text.endIndex)].split(separator: ",").map {
                $0.trimmingCharacters(in: .whitespaces)
            }
        }
        guard StoreLocator(locator) != nil else { return .path(text) }
        return .store(locator, tables: tables)
    }
}
