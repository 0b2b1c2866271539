import Foundation

/// Loads `ropa.yaml` (DESIGN §3.5, docs/ropa.md) into a `RoPADocument`. Every error of the file is collected
/// and thrown at once (`ConfigFileErrors`, exit 2), each naming file, line, column and field: YAML syntax,
/// wrong types, unknown keys, unknown categories (with the nearest known key), duplicate ids, references to
/// unknown systems, invalid Art. 6 bases and Art. 9 conditions. Gaps in content (a special category without its
/// condition, an incomplete confirmed activity) are not errors: `RoPAGaps` reports them as violations.
public enum RoPALoader {
    /// A loaded RoPA and the warnings reading it gave (a free-text retention, which is kept but not checked).
    public struct Loaded: Sendable {
        public var document: RoPADocument
        public var warnings: [ConfigFileError]
    }

    /// Reads and validates the RoPA file at `path` against `taxonomy` (the bundled one by default).
    public static func read(path: String, taxonomy: Taxonomy? = nil) throws(ConfigFileErrors) -> Loaded {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigFileErrors(ConfigFileError(file: path, message: "cannot read the RoPA file"))
        }
        let resolved: Taxonomy
        if let taxonomy {
            resolved = taxonomy
        } else {
            do throws(ConfigFileError) { resolved = try CatalogLoader.loadTaxonomy() } catch {
                throw ConfigFileErrors(error)
            }
        }
        return try read(name: path, bytes: [UInt8](data), taxonomy: resolved)
    }

    /// Validates RoPA YAML `bytes`; `name` is the file name errors show.
    public static func read(name: String, bytes: [UInt8], taxonomy: Taxonomy) throws(ConfigFileErrors) -> Loaded {
        let yaml: YAMLFile
        do {
            yaml = try YAMLFile(name: name, bytes: bytes)
        } catch {
            throw ConfigFileErrors(error)
        }
        let diagnostics = RoPADiagnostics()
        let reader = RoPAReader(taxonomy: taxonomy, diagnostics: diagnostics)
        let document = reader.document(RoPANode(yaml: yaml, node: yaml.root, path: [], diagnostics: diagnostics))
        let errors = diagnostics.sortedErrors
        guard errors.isEmpty else { throw ConfigFileErrors(errors) }
        return Loaded(document: document, warnings: diagnostics.warnings)
    }

    /// `read(path:taxonomy:)` without its warnings.
    public static func load(path: String, taxonomy: Taxonomy? = nil) throws(ConfigFileErrors) -> RoPADocument {
        try read(path: path, taxonomy: taxonomy).document
    }

    /// `read(name:bytes:taxonomy:)` without its warnings.
    public static func load(
        name: String, bytes: [UInt8], taxonomy: Taxonomy
    ) throws(ConfigFileErrors) -> RoPADocument {
        try read(name: name, bytes: bytes, taxonomy: taxonomy).document
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

/// Reads the nodes of one RoPA file into model values, recording every error in `diagnostics` and going on with
/// the next value; checks that need the whole file (ids, references) run once the systems are read.
struct RoPAReader {
    let taxonomy: Taxonomy
    let diagnostics: RoPADiagnostics

    func document(_ root: RoPANode) -> RoPADocument {
        let fields = value(root) { try $0.mapping(allowed: RoPAKeys.document) } ?? [:]
        if let node = fields["version"] {
            diagnostics.attempt {
                guard try node.optionalString().flatMap({ Int($0) }) == 1 else {
                    throw node.error("unsupported version (this piiscan reads version 1)")
                }
            }
        }
        if fields["organization"] == nil && root.node.mapping != nil {
            diagnostics.error(root.error("missing required key 'organization'"))
        }
        let organization = value(fields["organization"]) { try $0.optionalString() } ?? ""
        let systemNodes = list(fields["systems"])
        let systems = systemNodes.compactMap { node in system(node).map { (system: $0, node: node) } }
        let systemIDs = uniqueIDs(systems.map { ($0.system.id, $0.node) }, kind: "system")
        let activityNodes = list(fields["activities"])
        let activities = activityNodes.compactMap { node in
            activity(node, systemIDs: systemIDs).map { (activity: $0, node: node) }
        }
        _ = uniqueIDs(activities.map { ($0.activity.id, $0.node) }, kind: "activity")
        var scope: RoPAScope?
        if let node = fields["scope"], !node.isNull { scope = self.scope(node, systemIDs) }
        return RoPADocument(
            version: 1, organization: organization, scope: scope, systems: systems.map(\.system),
            activities: activities.map(\.activity))
    }

    /// `scope: {include: [...], exclude: [...]}`, every id naming a declared system.
    private func scope(_ node: RoPANode, _ systemIDs: Set<String>) -> RoPAScope? {
        guard let fields = value(node, { try $0.mapping(allowed: RoPAKeys.scope) }) else { return nil }
        return RoPAScope(
            include: systemReferences(fields["include"], systemIDs),
            exclude: systemReferences(fields["exclude"], systemIDs))
    }

    /// A list of system ids, each naming a declared system.
    func systemReferences(_ node: RoPANode?, _ systemIDs: Set<String>) -> [String] {
        list(node).compactMap { element in
            diagnostics.attempt {
                let id = try element.string()
                guard systemIDs.contains(id) else { throw element.error(unknownSystem(id, systemIDs)) }
                return id
            }
        }
    }

    /// Records an error at the second of two entries with the same id; the set of ids.
    private func uniqueIDs(_ entries: [(id: String, node: RoPANode)], kind: String) -> Set<String> {
        var seen: Set<String> = []
        for (id, node) in entries where !seen.insert(id).inserted {
            diagnostics.error(node.yaml.error(at: node.path + [.key("id")], "duplicate \(kind) id '\(id)'"))
        }
        return seen
    }

    func unknownSystem(_ id: String, _ known: Set<String>) -> String {
        let hint = NearestKey.suggestion(for: id, among: known).map { " (did you mean '\($0)'?)" } ?? ""
        return "unknown system '\(id)'\(hint)"
    }

    /// What `read` gives for `node`, or nil when the node is absent or `read` fails (the error is recorded).
    func value<T>(_ node: RoPANode?, _ read: (RoPANode) throws -> T?) -> T? {
        guard let node else { return nil }
        return diagnostics.attempt { try read(node) } ?? nil
    }

    /// The elements of a list; empty when absent or not a list (the error is recorded).
    func list(_ node: RoPANode?) -> [RoPANode] {
        value(node) { try $0.elements() } ?? []
    }
}
