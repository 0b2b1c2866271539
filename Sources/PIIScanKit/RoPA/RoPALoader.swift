import Foundation

/// Loads `ropa.yaml` (DESIGN §3.5, docs/ropa.md) into a `RoPADocument`, validating every field with errors that
/// name file, line, column and field (exit 2): unknown keys, unknown categories (with the nearest known key),
/// duplicate ids, references to unknown systems, ISO 8601 retention, Art. 6 bases and Art. 9 conditions.
public enum RoPALoader {
    /// Reads and validates the RoPA file at `path` against `taxonomy` (the bundled one by default).
    public static func load(path: String, taxonomy: Taxonomy? = nil) throws(ConfigFileError) -> RoPADocument {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigFileError(file: path, message: "cannot read the RoPA file")
        }
        let resolved: Taxonomy
        if let taxonomy { resolved = taxonomy } else { resolved = try CatalogLoader.loadTaxonomy() }
        return try load(name: path, bytes: [UInt8](data), taxonomy: resolved)
    }

    /// Validates RoPA YAML `bytes`; `name` is the file name errors show.
    public static func load(name: String, bytes: [UInt8], taxonomy: Taxonomy) throws(ConfigFileError) -> RoPADocument {
        let yaml = try YAMLFile(name: name, bytes: bytes)
        let reader = RoPAReader(taxonomy: taxonomy)
        return try reader.document(RoPANode(yaml: yaml, node: yaml.root, path: []))
    }
}

/// The keys each level of a RoPA file accepts.
enum RoPAKeys {
    static let document: Set = ["version", "organization", "scope", "systems", "activities"]
    static let scope: Set = ["include", "exclude"]
    static let system: Set = ["id", "name", "owner", "locations", "status"]
    static let location: Set = ["path", "store", "tables"]
    static let transfer: Set = ["country", "safeguard"]
    static let activity: Set = [
        "id", "name", "owner", "business_function", "joint_controller", "processor_contract", "role", "purposes",
        "legal_basis", "special_category_condition", "data_subjects", "data_categories", "recipients", "transfers",
        "retention", "dpia", "security_measures", "systems", "status",
    ]
}

/// Reads the nodes of one RoPA file into model values; checks that need the whole file (ids, references) run
/// once everything is read.
struct RoPAReader {
    let taxonomy: Taxonomy

    func document(_ root: RoPANode) throws(ConfigFileError) -> RoPADocument {
        let fields = try root.mapping(allowed: RoPAKeys.document)
        if let node = fields["version"], try node.optionalString().flatMap({ Int($0) }) != 1 {
            throw node.error("unsupported version (this piiscan reads version 1)")
        }
        guard let organizationNode = fields["organization"] else {
            throw root.error("missing required key 'organization'")
        }
        let organization = try organizationNode.optionalString() ?? ""
        let systemNodes = try fields["systems"]?.elements() ?? []
        var systems: [RoPASystem] = []
        for node in systemNodes { systems.append(try system(node)) }
        let systemIDs = try uniqueIDs(systems.map(\.id), nodes: systemNodes, kind: "system")
        let activityNodes = try fields["activities"]?.elements() ?? []
        var activities: [RoPAActivity] = []
        for node in activityNodes { activities.append(try activity(node, systemIDs: systemIDs)) }
        _ = try uniqueIDs(activities.map(\.id), nodes: activityNodes, kind: "activity")
        var scope: RoPAScope?
        if let node = fields["scope"], !node.isNull { scope = try self.scope(node, systemIDs) }
        return RoPADocument(
            version: 1, organization: organization, scope: scope, systems: systems, activities: activities)
    }

    /// `scope: {include: [...], exclude: [...]}`, every id naming a declared system.
    private func scope(_ node: RoPANode, _ systemIDs: Set<String>) throws(ConfigFileError) -> RoPAScope {
        let fields = try node.mapping(allowed: RoPAKeys.scope)
        var lists: [[String]] = []
        for key in ["include", "exclude"] {
            let elements = try fields[key]?.elements() ?? []
            var ids: [String] = []
            for element in elements {
                let id = try element.string()
                guard systemIDs.contains(id) else { throw element.error(unknownSystem(id, systemIDs)) }
                ids.append(id)
            }
            lists.append(ids)
        }
        return RoPAScope(include: lists[0], exclude: lists[1])
    }

    /// Fails at the second of two entries with the same id; the set of ids otherwise.
    private func uniqueIDs(_ ids: [String], nodes: [RoPANode], kind: String) throws(ConfigFileError) -> Set<String> {
        var seen: Set<String> = []
        for (id, node) in zip(ids, nodes) where !seen.insert(id).inserted {
            throw node.yaml.error(at: node.path + [.key("id")], "duplicate \(kind) id '\(id)'")
        }
        return seen
    }

    func unknownSystem(_ id: String, _ known: Set<String>) -> String {
        let hint = NearestKey.suggestion(for: id, among: known).map { " (did you mean '\($0)'?)" } ?? ""
        return "unknown system '\(id)'\(hint)"
    }
}
