import Foundation

/// A node of libpg_query's JSON parse tree, read with subscripts that give an empty node where a field is
/// absent (the JSON leaves out false, zero and empty fields).
struct PostgresParseNode {
    let value: Any?

    init(_ value: Any?) {
        self.value = value
    }

    /// Parses the JSON text libpg_query returns.
    init(json: [UInt8]) throws {
        value = try JSONSerialization.jsonObject(with: Data(json))
    }

    subscript(key: String) -> PostgresParseNode {
        PostgresParseNode((value as? [String: Any])?[key])
    }

    var items: [PostgresParseNode] { ((value as? [Any]) ?? []).map(PostgresParseNode.init) }
    var string: String? { value as? String }
    var exists: Bool { value != nil }

    var int: Int? {
        if let number = value as? Int { return number }
        return (value as? NSNumber)?.intValue
    }

    var bool: Bool {
        if let flag = value as? Bool { return flag }
        return (value as? NSNumber)?.boolValue ?? false
    }

    /// A node tagged with its type (`{"CreateStmt": {…}}`): the tag and what it holds.
    var tagged: (tag: String, node: PostgresParseNode)? {
        guard let dictionary = value as? [String: Any], dictionary.count == 1, let entry = dictionary.first else {
            return nil
        }
        return (entry.key, PostgresParseNode(entry.value))
    }

    /// A list of `String` nodes (`[{"String":{"sval":"public"}},{"String":{"sval":"users"}}]`) as names.
    var names: [String] { items.compactMap { $0["String"]["sval"].string } }
}
