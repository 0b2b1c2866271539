/// The tables and views a scratch database holds after a statement, read from its catalog.
struct SchemaSnapshot: Sendable, Equatable {
    /// A relation's qualified name, as the catalog spells it.
    struct RelationName: Sendable, Hashable, Comparable, CustomStringConvertible {
        var schema: String
        var name: String

        static func < (lhs: RelationName, rhs: RelationName) -> Bool { (lhs.schema, lhs.name) < (rhs.schema, rhs.name) }

        var description: String { "\(schema).\(name)" }
    }

    /// One table or view: its columns in declaration order.
    struct Relation: Sendable, Equatable {
        var isView: Bool
        var columns: [Column]
    }

    /// One column as the catalog describes it.
    struct Column: Sendable, Equatable {
        var name: String
        var declaredType: String
        var typeClass: ColumnTypeClass
        /// The catalog comment (`COMMENT ON COLUMN`, PostgreSQL only).
        var comment: String?
    }

    var relations: [RelationName: Relation] = [:]
}
