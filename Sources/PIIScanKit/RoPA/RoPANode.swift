import Yams

/// A node of a RoPA file together with its path from the root, so that every value read from it can fail with
/// an error naming file, line, column and field.
struct RoPANode {
    let yaml: YAMLFile
    let node: Node
    let path: [YAMLFile.PathComponent]

    /// An error located at this node.
    func error(_ message: String) -> ConfigFileError {
        yaml.error(at: path, message)
    }

    /// True for an empty value (`key:` with nothing after it, `~`, `null`): a placeholder left to fill in.
    var isNull: Bool {
        node.tag.rawValue == Tag.Name.null.rawValue
    }

    /// The entries of a mapping, after rejecting any key outside `allowed` (at the key's own line).
    func mapping(allowed: Set<String>) throws(ConfigFileError) -> [String: RoPANode] {
        guard let mapping = node.mapping else { throw error("expected a mapping of keys to values") }
        try yaml.checkKeys(at: path, allowed: allowed)
        var fields: [String: RoPANode] = [:]
        for (key, value) in mapping {
            guard let name = key.string else { continue }
            fields[name] = RoPANode(yaml: yaml, node: value, path: path + [.key(name)])
        }
        return fields
    }

    /// The elements of a sequence; an empty value is an empty list.
    func elements() throws(ConfigFileError) -> [RoPANode] {
        if isNull { return [] }
        guard let sequence = node.sequence else { throw error("expected a list") }
        return sequence.enumerated().map { index, element in
            RoPANode(yaml: yaml, node: element, path: path + [.index(index)])
        }
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

    /// A list of strings; an empty value is an empty list.
    func strings() throws(ConfigFileError) -> [String] {
        var values: [String] = []
        for element in try elements() { values.append(try element.string()) }
        return values
    }

    /// One of the raw values of `T`, or nil when empty; anything else fails listing the allowed values.
    func value<T: RawRepresentable & CaseIterable>(_ type: T.Type, what: String) throws(ConfigFileError) -> T?
    where T.RawValue == String {
        guard let text = try optionalString() else { return nil }
        if let value = T(rawValue: text) { return value }
        let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
        throw error("'\(text)' is not a valid \(what) (allowed: \(allowed))")
    }
}
