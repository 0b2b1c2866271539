/// Follows the catalog statement by statement and keeps each column's origin: a column that appears gets the
/// file and line of the statement that made it; a column a `RENAME COLUMN` renames gets the rename's line
/// and remembers its old name; a table `RENAME TO` renames keeps its columns' origins; dropped tables and
/// columns go away. Comments come from the catalog, or, for databases without comments, from `COMMENT ON
/// COLUMN` statements (`recordComment`).
struct SchemaTracker {
    private(set) var relations: [SchemaSnapshot.RelationName: [TrackedColumn]] = [:]
    /// The catalog as of the last update: relations it shows unchanged keep their tracked columns as they are.
    private var previous = SchemaSnapshot()

    /// Every tracked column, by schema, table and column position.
    var columns: [TrackedColumn] {
        relations.keys.sorted().flatMap { relations[$0] ?? [] }
    }

    /// Brings the tracked schema to `snapshot`, which `statement` of `file` produced.
    mutating func update(to snapshot: SchemaSnapshot, after statement: SQLStatement, in file: MigrationFile) {
        let isRename = Self.isRename(statement)
        let gone = Set(relations.keys).subtracting(snapshot.relations.keys)
        var renamedTables: [SchemaSnapshot.RelationName: SchemaSnapshot.RelationName] = [:]
        let appeared = snapshot.relations.keys.filter { relations[$0] == nil }
        if isRename && gone.count == 1 && appeared.count == 1 { renamedTables[appeared[0]] = gone.first! }
        var next: [SchemaSnapshot.RelationName: [TrackedColumn]] = [:]
        next.reserveCapacity(snapshot.relations.count)
        for (name, relation) in snapshot.relations {
            if let tracked = relations[name], previous.relations[name] == relation {
                next[name] = tracked
                continue
            }
            let earlier = relations[renamedTables[name] ?? name] ?? []
            next[name] = merge(relation, named: name, previous: earlier, rename: isRename, statement, file)
        }
        relations = next
        previous = snapshot
    }

    /// Records the text of an SQLite `COMMENT ON COLUMN [schema.]table.column IS '…'` on the column it names;
    /// true when the statement was one (it is then not sent to SQLite).
    mutating func recordComment(_ statement: SQLStatement) -> Bool {
        let code = statement.code
        guard statement.leadingWords(3) == ["COMMENT", "ON", "COLUMN"] else { return false }
        let (parts, next) = SQLIdentifier.dottedName(code, from: 3, in: statement)
        guard parts.count >= 2, next + 1 < code.count, statement.text(code[next]).uppercased() == "IS" else {
            return true
        }
        let comment = SQLIdentifier.stringValue(code[next + 1], in: statement)
        let table = parts[parts.count - 2].lowercased()
        let column = parts[parts.count - 1].lowercased()
        let schema = parts.count >= 3 ? parts[parts.count - 3].lowercased() : nil
        for (name, tracked) in relations
        where name.name.lowercased() == table && (schema == nil || name.schema.lowercased() == schema) {
            relations[name] = tracked.map { entry in
                var entry = entry
                if entry.name.lowercased() == column { entry.comment = comment }
                return entry
            }
        }
        return true
    }

    private func merge(
        _ relation: SchemaSnapshot.Relation, named name: SchemaSnapshot.RelationName, previous: [TrackedColumn],
        rename: Bool, _ statement: SQLStatement, _ file: MigrationFile
    ) -> [TrackedColumn] {
        let previousByName = Dictionary(previous.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let currentNames = Set(relation.columns.map(\.name))
        let removed = previous.map(\.name).filter { !currentNames.contains($0) }
        let added = relation.columns.map(\.name).filter { previousByName[$0] == nil }
        let renamedFrom = rename && removed.count == 1 && added.count == 1 ? removed[0] : nil
        return relation.columns.map { column in
            if var kept = previousByName[column.name] {
                kept.schema = name.schema
                kept.table = name.name
                kept.declaredType = column.declaredType
                kept.typeClass = column.typeClass
                kept.isView = relation.isView
                if let comment = column.comment { kept.comment = comment }
                return kept
            }
            let inherited = renamedFrom.flatMap { previousByName[$0]?.comment }
            return TrackedColumn(
                schema: name.schema, table: name.name, name: column.name, declaredType: column.declaredType,
                typeClass: column.typeClass, comment: column.comment ?? inherited, isView: relation.isView,
                origin: Self.origin(of: column.name, in: statement, file: file), renamedFrom: renamedFrom)
        }
    }

    /// `ALTER TABLE|VIEW … RENAME …`: a table or column that disappears while another appears was renamed.
    private static func isRename(_ statement: SQLStatement) -> Bool {
        let words = statement.leadingWords(12)
        return words.first == "ALTER" && words.contains("RENAME") && !words.contains("CONSTRAINT")
    }

    /// Where `name` is written in `statement`: the first matching identifier after the statement's object name
    /// (after `(`, `ADD`, `TO`, `AS` or `SELECT`), else anywhere, else the statement's first token.
    static func origin(of name: String, in statement: SQLStatement, file: MigrationFile) -> ColumnOrigin {
        let code = statement.code
        let markers: Set = ["(", "ADD", "TO", "AS", "SELECT"]
        let firstMarker = code.firstIndex { markers.contains(statement.text($0).uppercased()) } ?? 0
        let token =
            code[firstMarker...].first { SQLIdentifier.matches($0, name, in: statement) }
            ?? code.first { SQLIdentifier.matches($0, name, in: statement) }
            ?? code.first
        let lines = LineIndex(file.bytes)
        let offset = token?.start ?? statement.start
        return ColumnOrigin(
            file: file, line: lines.line(of: offset), column: lines.column(of: offset), offset: offset,
            length: token.map { $0.end - $0.start } ?? 0)
    }
}
