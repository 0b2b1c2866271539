/// A run's findings arranged for the HTML report: one row per inventory group (`Inventory`'s grouping: a declared
/// system, or a discovered location) and category, each holding its findings in report order.
struct HTMLInventory {
    /// The findings of one system (or discovered location) in one category.
    struct Row {
        var system: Inventory.System
        var category: String
        /// In `Finding.reportOrder`.
        var findings: [Finding]
        /// Distinct files and columns among `findings`.
        var locationCount: Int
    }

    let rows: [Row]

    /// Groups `findings` as `Inventory` does; `roots` are the run's targets when it had several (finding paths then
    /// start with them).
    init(findings: [Finding], ropa: RoPADocument?, roots: [String]) {
        let inventory = Inventory(document: ropa, roots: roots)
        var bySystem: [Inventory.System: [String: [Finding]]] = [:]
        for finding in findings {
            bySystem[inventory.group(for: finding), default: [:]][finding.category, default: []].append(finding)
        }
        let systems = bySystem.keys.sorted { ($0.id, $0.declared ? 0 : 1) < ($1.id, $1.declared ? 0 : 1) }
        rows = systems.flatMap { system in
            let categories = bySystem[system] ?? [:]
            return categories.keys.sorted().map { category in
                let findings = (categories[category] ?? []).sorted(by: Finding.reportOrder)
                let locations = Set(findings.map(ViolationEvidence.location)).count
                return Row(system: system, category: category, findings: findings, locationCount: locations)
            }
        }
    }
}
