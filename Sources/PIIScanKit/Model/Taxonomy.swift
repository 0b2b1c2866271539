/// The hierarchical data-category tree (DESIGN §3.4): Fides-compatible keys, special categories marked.
public struct Taxonomy: Sendable {
    /// One category of the tree.
    public struct Category: Sendable, Hashable, Codable {
        public var key: String
        public var name: String
        public var description: String?
        /// `art9` (GDPR special category) or `art10` (criminal records); nil for ordinary data.
        public var special: String?

        public init(key: String, name: String, description: String? = nil, special: String? = nil) {
            self.key = key
            self.name = name
            self.description = description
            self.special = special
        }
    }

    public let categories: [String: Category]

    public init(categories: [Category]) {
        self.categories = Dictionary(categories.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func contains(_ key: String) -> Bool { categories[key] != nil }

    /// Whether declaring `parent` covers `key` (the key itself or any descendant).
    public static func covers(_ parent: String, _ key: String) -> Bool {
        key == parent || key.hasPrefix(parent + ".")
    }

    /// Whether `key` or one of its ancestors is a special category.
    public func isSpecial(_ key: String) -> Bool {
        special(key) != nil
    }

    /// The `special` mark (`art9`, `art10`) of `key` or of its nearest marked ancestor; nil for ordinary data.
    public func special(_ key: String) -> String? {
        var current = Substring(key)
        while true {
            if let special = categories[String(current)]?.special { return special }
            guard let dot = current.lastIndex(of: ".") else { return nil }
            current = current[..<dot]
        }
    }
}
