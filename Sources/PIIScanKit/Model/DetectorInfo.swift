/// Descriptive facts about a detector that reports need (SARIF rules, `patterns list`), without its regex.
public struct DetectorInfo: Sendable, Hashable, Codable {
    public var id: String
    public var type: String
    public var category: String
    /// One-line description, derived from type and category when the pattern file gives none.
    public var summary: String
    public var locales: [String]

    public init(id: String, type: String, category: String, summary: String, locales: [String] = []) {
        self.id = id
        self.type = type
        self.category = category
        self.summary = summary
        self.locales = locales
    }
}
