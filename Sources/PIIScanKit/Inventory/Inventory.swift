/// Findings grouped by system and category, with counts (DESIGN §1): the declared system that claims each
/// finding, or, for findings no system claims, the discovered location they sit in (a top-level directory under
/// the scan root, or a database store).
public struct Inventory {
    /// One group of findings: a declared system, or a discovered location proposed as a new system.
    public struct System: Sendable, Hashable {
        /// The declared id, or a proposed one made from the location (`exports`, `crm-db-5432-crm`).
        public var id: String
        /// True when a system of the RoPA claims these findings.
        public var declared: Bool
        /// For a discovered group: the location a new system would declare.
        public var location: RoPALocation?
        /// Findings per taxonomy key.
        public var categories: [String: Int]
        /// Where each category was found, by taxonomy key.
        public var evidence: [String: CategoryEvidence] = [:]
    }

    private let resolver: SystemResolver?
    private let roots: [String]
    private var groups: [String: System] = [:]

    /// An empty inventory; `document`, when given, decides which findings declared systems claim. `roots` are
    /// the targets that finding paths start with (a scan of several targets prefixes each path with its target):
    /// the top-level directory is then taken under the root.
    public init(document: RoPADocument? = nil, roots: [String] = []) {
        resolver = document.map { SystemResolver(document: $0) }
        self.roots = roots.map { $0.hasSuffix("/") ? $0 : $0 + "/" }.sorted { $0.count > $1.count }
    }

    /// Counts `findings` in their groups.
    public mutating func add(_ findings: some Sequence<Finding>) {
        for finding in findings {
            let group = self.group(for: finding)
            let key = group.declared ? "declared:\(group.id)" : "discovered:\(String(describing: group.location))"
            groups[key, default: group].categories[finding.category, default: 0] += 1
            groups[key, default: group].evidence[finding.category, default: CategoryEvidence()].add(finding)
        }
    }

    /// Every group, declared systems and discovered locations alike, ordered by id.
    public var systems: [System] {
        groups.values.sorted { ($0.id, $0.declared ? 0 : 1) < ($1.id, $1.declared ? 0 : 1) }
    }

    /// The group `finding` is counted in, with no counts (the HTML report's drill-down lists findings per group).
    func group(for finding: Finding) -> System {
        if let system = resolver?.system(for: finding) {
            return System(id: system.id, declared: true, location: nil, categories: [:])
        }
        switch finding.location {
        case .file(let file):
            let path = file.diskPath.hasPrefix("./") ? String(file.diskPath.dropFirst(2)) : file.diskPath
            let root = roots.first { path.hasPrefix($0) } ?? ""
            let top = path.dropFirst(root.count).split(separator: "/", maxSplits: 1).first.map(String.init) ?? ""
            return System(id: Slug.make(top), declared: false, location: .path(root + top), categories: [:])
        case .column(let column):
            return System(
                id: Slug.make(Self.storeName(column.store)), declared: false,
                location: .store(column.store, tables: []), categories: [:])
        }
    }

    /// A store's short name: the database of a PostgreSQL locator, the file name of a SQLite one (no extension).
    private static func storeName(_ locator: String) -> String {
        guard let store = StoreLocator(locator) else { return locator }
        guard store.scheme == "sqlite" else { return store.database }
        let file = store.database.split(separator: "/").last.map(String.init) ?? store.database
        return file.split(separator: ".").first.map(String.init) ?? file
    }
}
