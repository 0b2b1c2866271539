/// A column of the schema the migrations build, with where it came from.
public struct TrackedColumn: Sendable, Hashable {
    public var schema: String
    public var table: String
    public var name: String
    public var declaredType: String
    var typeClass: ColumnTypeClass
    /// The catalog comment, or for SQLite the text of `COMMENT ON COLUMN` (which SQLite cannot store).
    public var comment: String?
    public var isView: Bool
    /// The statement that created the column, or that last renamed it (or its table's new name, for views).
    public var origin: ColumnOrigin
    /// The name before the last `RENAME COLUMN`, when the origin is a rename.
    public var renamedFrom: String?

    /// `schema.table.column`, with a default schema left out and names other than plain words quoted
    /// (`app."User Emails"."E-Mail"`).
    func qualifiedName(defaultSchemas: Set<String>) -> String {
        let parts = (defaultSchemas.contains(schema) ? [] : [schema]) + [table, name]
        return parts.map(Self.quotedIfNeeded).joined(separator: ".")
    }

    private static func quotedIfNeeded(_ name: String) -> String {
        let plain =
            name.first.map { $0.isASCII && ($0.isLetter || $0 == "_") } ?? false
            && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        return plain ? name : "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
