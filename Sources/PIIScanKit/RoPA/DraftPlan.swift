/// What a draft adds to a RoPA for an inventory: new systems for discovered locations, new activities for their
/// categories, and categories that declared systems hold but no activity on them declares. Nothing else: what
/// the RoPA already says is never changed.
struct DraftPlan {
    /// A category found, and where.
    typealias Found = (key: String, evidence: CategoryEvidence)

    /// Categories to append to an existing draft activity (index in the document), with their evidence.
    var appends: [(activity: Int, categories: [Found])] = []
    var newSystems: [RoPASystem] = []
    var newActivities: [RoPAActivity] = []
    /// The evidence of new activities' categories: activity id → key → evidence.
    var evidence: [String: [String: CategoryEvidence]] = [:]

    var isEmpty: Bool { appends.isEmpty && newSystems.isEmpty && newActivities.isEmpty }

    /// `canAppend` says whether an activity's `data_categories` can take more lines (a non-empty block list).
    init(inventory: Inventory, document: RoPADocument, canAppend: (Int) -> Bool) {
        var ids = Set(document.systems.map(\.id)).union(document.activities.map(\.id))
        for group in inventory.systems {
            let found: [Found] = group.evidence.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            if !group.declared, let location = group.location {
                let systemID = Self.unique(group.id, &ids)
                newSystems.append(RoPASystem(id: systemID, locations: [location], status: .draft))
                addActivity(for: systemID, found, ids: &ids)
                continue
            }
            let onSystem = document.activities.indices.filter { document.activities[$0].systems.contains(group.id) }
            let undeclared = found.filter { key, _ in
                !onSystem.contains { index in
                    document.activities[index].dataCategories.contains { Taxonomy.covers($0, key) }
                }
            }
            guard !undeclared.isEmpty else { continue }
            if let draft = onSystem.last(where: { document.activities[$0].status == .draft && canAppend($0) }) {
                appends.append((draft, undeclared))
            } else {
                addActivity(for: group.id, undeclared, ids: &ids)
            }
        }
    }

    private mutating func addActivity(for systemID: String, _ categories: [Found], ids: inout Set<String>) {
        let id = Self.unique("\(systemID)-processing", &ids)
        newActivities.append(
            RoPAActivity(id: id, dataCategories: categories.map(\.key), systems: [systemID], status: .draft))
        evidence[id] = Dictionary(uniqueKeysWithValues: categories.map { ($0.key, $0.evidence) })
    }

    private static func unique(_ base: String, _ ids: inout Set<String>) -> String {
        var id = base
        var counter = 2
        while ids.contains(id) {
            id = "\(base)-\(counter)"
            counter += 1
        }
        ids.insert(id)
        return id
    }
}
