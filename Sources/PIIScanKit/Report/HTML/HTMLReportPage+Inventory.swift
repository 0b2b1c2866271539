/// The inventory section: one table row per system (or discovered location) and category.
extension HTMLReportPage {
    func inventorySection() -> String {
        var html = """
            <section id="inventory" aria-labelledby="inventory-heading">
            <h2 id="inventory-heading">Inventory by system and category</h2>

            """
        guard !inventory.rows.isEmpty else { return html + "<p>No findings in this run.</p>\n</section>\n" }
        html += """
            <p class="note">Systems are those of the RoPA that claim the findings' locations; a location no system \
            claims is listed under the name a new system would get.</p>
            <table>
            <thead><tr><th scope="col">System</th><th scope="col">Category</th><th scope="col">Label</th>\
            <th scope="col">Special category</th><th scope="col" class="num">Findings</th>\
            <th scope="col" class="num">Locations</th></tr></thead>
            <tbody>

            """
        for (index, row) in inventory.rows.enumerated() {
            let special = input.taxonomy.isSpecial(row.category)
            html += "<tr><td>\(systemName(row.system))</td>"
            html += "<td><code>\(HTMLText.escape(row.category))</code></td>"
            html += "<td>\(HTMLText.escape(categoryLabel(row.category)))</td>"
            html += special ? "<td><span class=\"badge special\">special</span></td>" : "<td>no</td>"
            html += "<td class=\"num\"><a href=\"#group-\(index)\">\(HTMLText.count(row.findings.count))</a></td>"
            html += "<td class=\"num\">\(HTMLText.count(row.locationCount))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n</section>\n"
    }

    /// The system's id (and RoPA name), or for a discovered group the location it stands for; escaped.
    func systemName(_ system: Inventory.System) -> String {
        let id = "<span class=\"mono\">\(HTMLText.escape(system.id))</span>"
        if system.declared {
            let name = input.ropa?.systems.first { $0.id == system.id }?.name
            return id + (name.map { " (\(HTMLText.escape($0)))" } ?? "")
        }
        let location =
            switch system.location {
            case .path(let path): path.isEmpty ? "the target's top level" : path
            case .store(let store, _): Redaction.redactCredentials(in: store)
            case nil: system.id
            }
        return id + " <span class=\"note\">(not in the RoPA: \(HTMLText.escape(location)))</span>"
    }

    /// The taxonomy's name for `key`, or for a key it lacks, the nearest ancestor's name with the rest of the key.
    func categoryLabel(_ key: String) -> String {
        var current = Substring(key)
        while true {
            if let name = input.taxonomy.categories[String(current)]?.name {
                return current.count == key.count ? name : name + " (" + key.dropFirst(current.count + 1) + ")"
            }
            guard let dot = current.lastIndex(of: ".") else { return key }
            current = current[..<dot]
        }
    }
}
