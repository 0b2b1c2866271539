/// The schema a PostgreSQL migration history builds, kept without a server: relations by qualified name with
/// their tracked columns, which relations inherit from which (partitions and `INHERITS`, so a column added to a
/// parent reaches its children), and the `search_path` unqualified names resolve through.
struct PostgresSchemaModel {
    typealias Name = SchemaSnapshot.RelationName

    /// A table or view with its columns in order and the relations it inherits from.
    struct Relation {
        var isView: Bool
        var columns: [TrackedColumn]
        var parents: [Name] = []
    }

    private(set) var relations: [Name: Relation] = [:]
    /// `SET search_path` as last set; `$user` and `pg_catalog` entries are left out.
    var searchPath = ["public"]

    /// Every tracked column, by schema, table and column position.
    var columns: [TrackedColumn] {
        relations.keys.sorted().flatMap { relations[$0]?.columns ?? [] }
    }

    /// The schema an unqualified new relation is created in.
    var creationSchema: String { searchPath.first ?? "public" }

    /// The relation `schema.name` or, unqualified, the first one found along the search path.
    func resolve(schema: String?, name: String) -> Name? {
        if let schema {
            let qualified = Name(schema: schema, name: name)
            return relations[qualified] == nil ? nil : qualified
        }
        for candidate in searchPath + ["public"] where relations[Name(schema: candidate, name: name)] != nil {
            return Name(schema: candidate, name: name)
        }
        return nil
    }

    subscript(name: Name) -> Relation? {
        relations[name]
    }

    mutating func create(_ name: Name, _ relation: Relation) {
        var relation = relation
        for index in relation.columns.indices {
            relation.columns[index].schema = name.schema
            relation.columns[index].table = name.name
            relation.columns[index].isView = relation.isView
        }
        relations[name] = relation
    }

    mutating func drop(_ name: Name) {
        relations[name] = nil
    }

    /// Drops every relation of `schema` (`DROP SCHEMA … CASCADE`).
    mutating func dropSchema(_ schema: String) {
        relations = relations.filter { $0.key.schema != schema }
    }

    /// Moves a relation to a new name or schema; its columns keep their origins.
    mutating func rename(_ name: Name, to newName: Name) {
        guard let relation = relations.removeValue(forKey: name) else { return }
        create(newName, relation)
        for (child, var childRelation) in relations where childRelation.parents.contains(name) {
            childRelation.parents = childRelation.parents.map { $0 == name ? newName : $0 }
            relations[child] = childRelation
        }
    }

    /// Adds `column` to the relation and the relations that inherit from it; an unknown relation (one the
    /// migrations did not create, such as Supabase's `auth.users`) is created holding only the new column.
    mutating func addColumn(_ column: TrackedColumn, to name: Name, recursing: Bool = true) {
        var relation = relations[name] ?? Relation(isView: false, columns: [])
        var column = column
        column.schema = name.schema
        column.table = name.name
        column.isView = relation.isView
        if let index = relation.columns.firstIndex(where: { $0.name == column.name }) {
            relation.columns[index] = column
        } else {
            relation.columns.append(column)
        }
        relations[name] = relation
        guard recursing else { return }
        for child in children(of: name) { addColumn(column, to: child, recursing: false) }
    }

    /// Applies `change` to the column `column` of the relation and of the relations that inherit from it.
    mutating func updateColumn(
        _ column: String, of name: Name, recursing: Bool = true, _ change: (inout TrackedColumn) -> Void
    ) {
        for target in [name] + (recursing ? children(of: name) : []) {
            guard var relation = relations[target],
                let index = relation.columns.firstIndex(where: { $0.name == column })
            else { continue }
            change(&relation.columns[index])
            relations[target] = relation
        }
    }

    mutating func dropColumn(_ column: String, of name: Name, recursing: Bool = true) {
        for target in [name] + (recursing ? children(of: name) : []) {
            relations[target]?.columns.removeAll { $0.name == column }
        }
    }

    /// Every relation that inherits from `name`, at any depth.
    func children(of name: Name) -> [Name] {
        var found: [Name] = []
        var pending = [name]
        while let parent = pending.popLast() {
            for (child, relation) in relations where relation.parents.contains(parent) && !found.contains(child) {
                found.append(child)
                pending.append(child)
            }
        }
        return found.sorted()
    }
}
