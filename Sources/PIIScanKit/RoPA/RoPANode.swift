import Yams

/// A node of a RoPA file together with its path from the root, so that every value read from it can fail with
/// an error naming file, line, column and field. Errors that do not stop reading the node (unknown keys, one bad
/// element of a list) go to `diagnostics`, so one run lists them all.
struct RoPANode {
    let yaml: YAMLFile
    let node: Node
    let path: [YAMLFile.PathComponent]
    let diagnostics: RoPADiagnostics

    /// An error located at this node.
    func error(_ message: String) -> ConfigFileError {
        yaml.error(at: path, message)
    }

    /// True for an empty value (`key:` with nothing after it, `~`, `null`): a placeholder left to fill in.
    var isNull: Bool {
        node.tag.rawValue == Tag.Name.null.rawValue
    }

    /// The entries of a mapping whose keys are in `allowed`; every other key is recorded as an error (at the key's
    /// own line) and skipped.
    func mapping(allowed: Set<String>) throws(ConfigFileError) -> [String: RoPANode] {
        guard let mapping = node.mapping else { throw error("expected a mapping of keys to values") }
        for unknown in yaml.unknownKeys(at: path, allowed: allowed) { diagnostics.error(unknown) }
        var fields: [String: RoPANode] = [:]
        for (key, value) in mapping {
            guard let name = key.string, allowed.contains(name) else { continue }
            fields[name] = child(value, .key(name))
        }
        return fields
    }

    /// The elements of a sequence; an empty value is an empty list.
    func elements() throws(ConfigFileError) -> [RoPANode] {
        if isNull { return [] }
        guard let sequence = node.sequence else { throw error("expected a list") }
        return sequence.enumerated().map { index, element in child(element, .index(index)) }
    }

    /// A scalar as text.
    func string() throws(ConfigFileError) -> String {
        guard let scalar = node.scalar, !isNull else { throw error("expected a string") }
        return scalar.string
    }

    /// A scalar as text, nil when empty or blank (a placeholder).
    func optionalString() throws(ConfigFileError) -> String? {
        if isNull { return nil }
        let text = try string()
        return text.allSatisfy(\.isWhitespace) ? nil : text
    }

    /// A list of strings; an empty value is an empty list, and an element that is not a string is recorded and
    /// left out.
    func strings() throws(ConfigFileError) -> [String] {
        try elements().compactMap { element in diagnostics.attempt { try element.string() } }
    }

    /// One of the raw values of `T`, or nil when empty; anything else fails listing the allowed values.
    func value<T: RawRepresentable & CaseIterable>(_ type: T.Type, what: String) throws(ConfigFileError) -> T?
    where T.RawValue == String {
        guard let text = try optionalString() else { return nil }
        if let value = T(rawValue: text) { return value }
        let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
        throw error("'\(text)' is not a valid \(what) (allowed: \(allowed))")
    }

    private func child(_ node: Node, _ component: YAMLFile.PathComponent) -> RoPANode {
        RoPANode(yaml: yaml, node: node, path: path + [component], diagnostics: diagnostics)
    }
}
