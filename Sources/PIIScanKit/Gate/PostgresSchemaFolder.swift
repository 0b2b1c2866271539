/// Folds PostgreSQL parse trees (`PostgresParser`) into a `PostgresSchemaModel`, statement by statement,
/// without executing anything: `CREATE TABLE` (columns, `LIKE`, `INHERITS`, `IF NOT EXISTS`; partitions are
/// left out, as the catalog read of `--scratch` leaves them out), `ALTER TABLE` with each of its actions,
/// renames, `SET SCHEMA`, drops, views and `CREATE TABLE AS` (columns derived from the query), `CREATE SCHEMA`
/// with its elements, `search_path`, domains and `COMMENT ON COLUMN`. Every other statement (functions,
/// triggers, policies, grants, extensions, `DO` blocks, data) changes no column and is skipped.
///
/// Each new or renamed column's origin is the token that names it: the parse tree's byte location where it
/// has one, else the name found in the statement's text (`MigrationSourceText`).
struct PostgresSchemaFolder {
    typealias Name = SchemaSnapshot.RelationName

    private(set) var model = PostgresSchemaModel()
    /// Domain name → its base type's name.
    private var domains: [String: String] = [:]

    /// The columns of the final schema.
    var columns: [TrackedColumn] { model.columns }

    /// Folds one statement whose text is `range` of `source`.
    mutating func fold(_ statement: PostgresParseNode, range: Range<Int>, in source: MigrationSourceText) {
        guard let (tag, node) = statement.tagged else { return }
        let context = Context(source: source, range: range)
        switch tag {
        case "CreateStmt": createTable(node, context)
        case "CreateForeignTableStmt": createTable(node["base"], context)
        case "AlterTableStmt": alterTable(node, context)
        case "RenameStmt": rename(node, context)
        case "AlterObjectSchemaStmt": setSchema(node)
        case "DropStmt": drop(node)
        case "ViewStmt": createView(node, context)
        case "CreateTableAsStmt": createTableAs(node, context)
        case "CreateSchemaStmt": createSchema(node, context)
        case "VariableSetStmt": setVariable(node)
        case "SelectStmt": setConfig(node)
        case "CommentStmt": comment(node)
        case "CreateDomainStmt":
            if let name = node["domainname"].names.last, let base = node["typeName"]["names"].names.last {
                domains[name] = domains[base] ?? base
            }
        default: break
        }
    }

    /// Where the statement is, for origins of names the tree gives no location for.
    private struct Context {
        let source: MigrationSourceText
        let range: Range<Int>
    }

    // MARK: Tables

    private mutating func createTable(_ node: PostgresParseNode, _ context: Context) {
        let relation = node["relation"]
        guard relation["relpersistence"].string != "t", !node["partbound"].exists else { return }
        let name = creationName(relation)
        if node["if_not_exists"].bool && model[name] != nil { return }
        var table = PostgresSchemaModel.Relation(isView: false, columns: [])
        for parent in node["inhRelations"].items {
            guard let parentName = resolve(parent["RangeVar"]) else { continue }
            table.parents.append(parentName)
            append(copies(of: parentName, at: parent["RangeVar"]["location"].int, context), to: &table.columns)
        }
        for element in node["tableElts"].items {
            if element["ColumnDef"].exists {
                append([column(element["ColumnDef"], context)], to: &table.columns)
            } else if element["TableLikeClause"].exists {
                let like = element["TableLikeClause"]["relation"]
                if let source = resolve(like) {
                    append(copies(of: source, at: like["location"].int, context), to: &table.columns)
                }
            }
        }
        model.create(name, table)
    }

    /// Appends columns, a name already present (inherited) keeping its place.
    private func append(_ columns: [TrackedColumn], to list: inout [TrackedColumn]) {
        for column in columns where !list.contains(where: { $0.name == column.name }) { list.append(column) }
    }

    /// The columns of `relation` as a new relation copies them (`LIKE`, `INHERITS`), made at `location`.
    private func copies(of relation: Name, at location: Int?, _ context: Context) -> [TrackedColumn] {
        let origin = context.source.origin(at: location ?? context.range.lowerBound)
        return (model[relation]?.columns ?? []).map { column in
            var copy = column
            copy.origin = origin
            copy.renamedFrom = nil
            return copy
        }
    }

    private func column(_ definition: PostgresParseNode, _ context: Context) -> TrackedColumn {
        let type = PostgresTypeName.describe(definition["typeName"], domains: domains)
        return TrackedColumn(
            schema: "", table: "", name: definition["colname"].string ?? "", declaredType: type.declared,
            typeClass: type.typeClass, comment: nil, isView: false,
            origin: context.source.origin(at: definition["location"].int ?? context.range.lowerBound),
            renamedFrom: nil)
    }

    private mutating func alterTable(_ node: PostgresParseNode, _ context: Context) {
        let relation = node["relation"]
        let recursing = relation["inh"].bool
        for command in node["cmds"].items.map({ $0["AlterTableCmd"] }) {
            let columnName = command["name"].string ?? ""
            switch command["subtype"].string {
            case "AT_AddColumn", "AT_AddColumnToView":
                let definition = command["def"]["ColumnDef"]
                let name = resolve(relation) ?? creationName(relation)
                let added = column(definition, context)
                if command["missing_ok"].bool && model[name]?.columns.contains(where: { $0.name == added.name }) == true
                {
                    continue
                }
                model.addColumn(added, to: name, recursing: recursing)
            case "AT_DropColumn":
                guard let name = resolve(relation) else { continue }
                model.dropColumn(columnName, of: name, recursing: recursing)
            case "AT_AlterColumnType":
                guard let name = resolve(relation) else { continue }
                let type = PostgresTypeName.describe(command["def"]["ColumnDef"]["typeName"], domains: domains)
                model.updateColumn(columnName, of: name, recursing: recursing) { column in
                    column.declaredType = type.declared
                    column.typeClass = type.typeClass
                }
            default: continue
            }
        }
    }

    private mutating func rename(_ node: PostgresParseNode, _ context: Context) {
        guard let newName = node["newname"].string else { return }
        switch node["renameType"].string {
        case "OBJECT_COLUMN":
            guard let name = resolve(node["relation"]), let oldName = node["subname"].string else { return }
            let origin = context.source.origin(ofLast: newName, in: context.range)
            model.updateColumn(oldName, of: name, recursing: node["relation"]["inh"].bool) { column in
                column.name = newName
                column.origin = origin
                column.renamedFrom = oldName
            }
        case "OBJECT_TABLE", "OBJECT_VIEW", "OBJECT_MATVIEW", "OBJECT_FOREIGN_TABLE":
            guard let name = resolve(node["relation"]) else { return }
            model.rename(name, to: Name(schema: name.schema, name: newName))
        case "OBJECT_SCHEMA":
            guard let oldSchema = node["subname"].string else { return }
            for name in model.relations.keys where name.schema == oldSchema {
                model.rename(name, to: Name(schema: newName, name: name.name))
            }
        default: return
        }
    }

    private mutating func setSchema(_ node: PostgresParseNode) {
        guard let newSchema = node["newschema"].string, let name = resolve(node["relation"]) else { return }
        model.rename(name, to: Name(schema: newSchema, name: name.name))
    }

    private mutating func drop(_ node: PostgresParseNode) {
        switch node["removeType"].string {
        case "OBJECT_TABLE", "OBJECT_VIEW", "OBJECT_MATVIEW", "OBJECT_FOREIGN_TABLE":
            for object in node["objects"].items {
                let parts = object["List"]["items"].names
                guard let table = parts.last,
                    let name = model.resolve(schema: parts.count > 1 ? parts[parts.count - 2] : nil, name: table)
                else { continue }
                model.drop(name)
            }
        case "OBJECT_SCHEMA":
            for schema in node["objects"].items.compactMap({ $0["String"]["sval"].string }) {
                model.dropSchema(schema)
            }
        default: return
        }
    }

    // MARK: Views and queries

    private mutating func createView(_ node: PostgresParseNode, _ context: Context) {
        let name = creationName(node["view"])
        var columns = derivedColumns(node["query"]["SelectStmt"], context)
        rename(&columns, to: node["aliases"].names, context)
        model.create(name, PostgresSchemaModel.Relation(isView: true, columns: columns))
    }

    private mutating func createTableAs(_ node: PostgresParseNode, _ context: Context) {
        let into = node["into"]
        let name = creationName(into["rel"])
        if node["if_not_exists"].bool && model[name] != nil { return }
        var columns = derivedColumns(node["query"]["SelectStmt"], context)
        rename(&columns, to: into["colNames"].names, context)
        model.create(name, PostgresSchemaModel.Relation(isView: true, columns: columns))
    }

    /// `CREATE VIEW v (a, b)`: the listed names replace the query's, in order.
    private func rename(_ columns: inout [TrackedColumn], to aliases: [String], _ context: Context) {
        guard let query = columns.first?.origin.offset else { return }
        for (index, alias) in aliases.enumerated() where index < columns.count {
            columns[index].name = alias
            columns[index].origin = context.source.origin(ofLast: alias, in: context.range.lowerBound..<query)
        }
    }

    /// The output columns of a `SELECT`: named targets, column references (typed from their table), and `*`
    /// expanded from the relations of `FROM`; set operations take their first branch's columns.
    private func derivedColumns(_ select: PostgresParseNode, _ context: Context) -> [TrackedColumn] {
        if let operation = select["op"].string, operation != "SETOP_NONE" {
            return derivedColumns(select["larg"], context)
        }
        let sources = select["fromClause"].items.flatMap { fromItems($0, context) }
        var columns: [TrackedColumn] = []
        for target in select["targetList"].items.map({ $0["ResTarget"] }) {
            let value = target["val"]
            let location = target["location"].int ?? context.range.lowerBound
            let fields = value["ColumnRef"]["fields"].items
            if fields.last?["A_Star"].exists == true {
                let qualifier = fields.count > 1 ? fields[fields.count - 2]["String"]["sval"].string : nil
                let origin = context.source.origin(at: location)
                for source in sources where qualifier == nil || source.alias == qualifier {
                    columns += source.columns.map { column in
                        var copy = column
                        copy.origin = origin
                        copy.renamedFrom = nil
                        return copy
                    }
                }
                continue
            }
            let referenced = fields.last?["String"]["sval"].string
            let name = target["name"].string ?? referenced ?? Self.derivedName(value)
            let source = referenced.flatMap { reference in
                sources.lazy.compactMap { $0.columns.first { $0.name == reference } }.first
            }
            let cast = value["TypeCast"]["typeName"]
            let type =
                cast.exists
                ? PostgresTypeName.describe(cast, domains: domains)
                : (source.map { ($0.declaredType, $0.typeClass) } ?? ("unknown", .other))
            let origin =
                target["name"].string.map { context.source.origin(ofLast: $0, in: location..<context.range.upperBound) }
                ?? context.source.origin(at: location)
            columns.append(
                TrackedColumn(
                    schema: "", table: "", name: name, declaredType: type.0, typeClass: type.1,
                    comment: source?.comment,
                    isView: true, origin: origin, renamedFrom: nil))
        }
        return columns
    }

    /// The name PostgreSQL gives an unnamed target: the function's or cast's name, else `?column?`.
    private static func derivedName(_ value: PostgresParseNode) -> String {
        if let function = value["FuncCall"]["funcname"].names.last { return function }
        if let type = value["TypeCast"]["typeName"]["names"].names.last {
            return value["TypeCast"]["arg"]["ColumnRef"]["fields"].names.last ?? type
        }
        return "?column?"
    }

    /// A relation of a `FROM` clause: the name it is referred to by and its columns.
    private struct FromItem {
        var alias: String
        var columns: [TrackedColumn]
    }

    private func fromItems(_ item: PostgresParseNode, _ context: Context) -> [FromItem] {
        if item["RangeVar"].exists {
            let range = item["RangeVar"]
            let alias = range["alias"]["aliasname"].string ?? range["relname"].string ?? ""
            return [FromItem(alias: alias, columns: resolve(range).flatMap { model[$0]?.columns } ?? [])]
        }
        if item["JoinExpr"].exists {
            return fromItems(item["JoinExpr"]["larg"], context) + fromItems(item["JoinExpr"]["rarg"], context)
        }
        if item["RangeSubselect"].exists {
            let subselect = item["RangeSubselect"]
            let columns = derivedColumns(subselect["subquery"]["SelectStmt"], context)
            return [FromItem(alias: subselect["alias"]["aliasname"].string ?? "", columns: columns)]
        }
        return []
    }

    // MARK: Schemas, settings, comments

    /// `CREATE SCHEMA x CREATE TABLE …`: unqualified names of the elements go to `x`.
    private mutating func createSchema(_ node: PostgresParseNode, _ context: Context) {
        let saved = model.searchPath
        if let schema = node["schemaname"].string { model.searchPath = [schema] + saved }
        for element in node["schemaElts"].items { fold(element, range: context.range, in: context.source) }
        model.searchPath = saved
    }

    private mutating func setVariable(_ node: PostgresParseNode) {
        guard node["name"].string?.lowercased() == "search_path" else { return }
        switch node["kind"].string {
        case "VAR_SET_VALUE":
            setSearchPath(node["args"].items.compactMap { $0["A_Const"]["sval"]["sval"].string })
        case "VAR_SET_DEFAULT", "VAR_RESET":
            model.searchPath = ["public"]
        default: return
        }
    }

    /// `SELECT pg_catalog.set_config('search_path', '…', false)`, as `pg_dump` writes it.
    private mutating func setConfig(_ node: PostgresParseNode) {
        for target in node["targetList"].items {
            let call = target["ResTarget"]["val"]["FuncCall"]
            let arguments = call["args"].items.map { $0["A_Const"]["sval"]["sval"].string }
            guard call["funcname"].names.last == "set_config", arguments.count >= 2,
                arguments[0]?.lowercased() == "search_path", let value = arguments[1]
            else { continue }
            setSearchPath(value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        }
    }

    private mutating func setSearchPath(_ entries: [String]) {
        let schemas = entries.map { $0.hasPrefix("\"") ? String($0.dropFirst().dropLast()) : $0 }
            .filter { !$0.isEmpty && $0 != "$user" && $0 != "pg_catalog" }
        model.searchPath = schemas.isEmpty ? ["public"] : schemas
    }

    private mutating func comment(_ node: PostgresParseNode) {
        guard node["objtype"].string == "OBJECT_COLUMN" else { return }
        let parts = node["object"]["List"]["items"].names
        guard parts.count >= 2,
            let name = model.resolve(
                schema: parts.count > 2 ? parts[parts.count - 3] : nil, name: parts[parts.count - 2])
        else { return }
        let text = node["comment"].string
        model.updateColumn(parts[parts.count - 1], of: name, recursing: false) { $0.comment = text }
    }

    // MARK: Names

    private func resolve(_ rangeVar: PostgresParseNode) -> Name? {
        guard let name = rangeVar["relname"].string else { return nil }
        return model.resolve(schema: rangeVar["schemaname"].string, name: name)
    }

    private func creationName(_ rangeVar: PostgresParseNode) -> Name {
        Name(
            schema: rangeVar["schemaname"].string ?? model.creationSchema,
            name: rangeVar["relname"].string ?? "")
    }
}
