import Foundation

extension ICORow {
    /// The data-category cell: taxonomy keys or category names (`Email address`), one per line or separated by
    /// commas or semicolons; an unknown value is recorded with the nearest known one and left out.
    func categories(labels: ICOLabels) -> [String] {
        var keys: [String] = []
        let values = cell(.dataCategories).split(whereSeparator: { $0 == "\n" || $0 == ";" || $0 == "," })
        for value in values.map({ $0.trimmingCharacters(in: .whitespaces) }) where !value.isEmpty {
            guard let key = labels.categoryKeys[value.lowercased()] else {
                let nearest = NearestKey.suggestion(for: value.lowercased(), among: labels.categoryKeys.keys)
                let hint = nearest.flatMap { labels.categoryKeys[$0] }.map { " (did you mean '\($0)'?)" } ?? ""
                diagnostics.error(
                    error(.dataCategories, "'\(value)' is neither a taxonomy key nor a category name\(hint)"))
                continue
            }
            if !keys.contains(key) { keys.append(key) }
        }
        return keys
    }

    /// One system of the location cell, and whether the PIMS scope includes it (nil: neither listed).
    struct SystemLine {
        var system: RoPASystem
        var inScope: Bool?
    }

    /// The location cell: one system per line, `id` or free text naming it, optionally `: location; location`
    /// (a database locator, with `[table globs]`, or a path glob); the system columns on the same line number
    /// give its name, owner, status and scope.
    func systems() -> [SystemLine] {
        var systems: [SystemLine] = []
        let names = lines(.systemName)
        let owners = lines(.systemOwner)
        let statuses = lines(.systemStatus)
        let scopes = lines(.systemScope)
        for line in cell(.location).split(separator: "\n") {
            let parts = line.split(separator: ": ", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let name = parts.first, !name.isEmpty else { continue }
            let index = systems.count
            let isIdentifier = !name.contains(where: \.isWhitespace)
            var system = RoPASystem(id: isIdentifier ? name : Slug.make(name), name: isIdentifier ? nil : name)
            if parts.count == 2 {
                for text in parts[1].split(separator: ";") {
                    system.locations.append(location(text.trimmingCharacters(in: .whitespaces)))
                }
            }
            if let name = names.line(index) { system.name = name }
            system.owner = owners.line(index)
            system.status = statuses.line(index).flatMap { text in
                choice(.systemStatus, { RoPAStatus(rawValue: $0.lowercased()) }, what: "status", text: text)
            }
            let inScope = scopes.line(index).flatMap { text in
                choice(.systemScope, ICOVocabulary.inScope, what: "scope ('In scope' or 'Out of scope')", text: text)
            }
            systems.append(SystemLine(system: system, inScope: inScope))
        }
        return systems
    }

    /// The cell's lines as written (empty ones kept), to line up with the location cell's.
    private func lines(_ column: ICOColumn) -> [Substring] {
        rawCell(column).split(separator: "\n", omittingEmptySubsequences: false)
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

extension [Substring] {
    /// Line `index`, trimmed; nil when absent or blank.
    fileprivate func line(_ index: Int) -> String? {
        guard index < count else { return nil }
        let text = self[index].trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : text
    }
}
