import SQLite

/// An in-memory SQLite database to apply migrations to.
///
/// Accepts a few PostgreSQL habits where that is cheap and changes no column: `CREATE SCHEMA x` attaches an
/// in-memory database named `x` (so `x.table` works), and statements that make no table or column
/// (`CREATE EXTENSION`, `SET`, `GRANT`, `CREATE TYPE`, `CREATE FUNCTION`, `ALTER … OWNER TO`…) are skipped, as
/// are data statements (`INSERT`, `UPDATE`…), which change no column.
/// It translates nothing else: PostgreSQL-only syntax fails, and `--scratch postgres://…` applies it for real.
final class SQLiteScratch: ScratchDatabase {
    let displayName = "in-memory SQLite"
    let source = SourceKind.sqlite
    private let connection: SQLiteConnection
    private var schemas: Set<String> = ["main"]
    /// Each relation's stored SQL and columns as of the last snapshot.
    private var cache: [SchemaSnapshot.RelationName: (sql: String, relation: SchemaSnapshot.Relation)] = [:]

    init() throws(ScratchError) {
        do {
            connection = try SQLiteConnection.openInMemory()
        } catch {
            throw ScratchError(isStatementError: false, message: "cannot open an in-memory SQLite database: \(error)")
        }
    }

    func apply(_ statement: SQLStatement) throws(ScratchError) {
        let words = statement.leadingWords(6)
        if Self.isSkipped(words) { return }
        if words.starts(with: ["CREATE", "SCHEMA"]) {
            try createSchema(statement)
            return
        }
        try execute(statement.textWithoutConcurrently)
    }

    /// Reads `sqlite_schema` of every attached database, and the columns only of tables whose stored SQL
    /// changed since the last snapshot (SQLite rewrites it on every `ALTER TABLE`), so a long migration history
    /// costs one small catalog query per statement rather than a walk of every table. Views are always read:
    /// a `SELECT *` view gains columns without its SQL changing.
    func snapshot() throws(ScratchError) -> SchemaSnapshot {
        var snapshot = SchemaSnapshot()
        var next: [SchemaSnapshot.RelationName: (sql: String, relation: SchemaSnapshot.Relation)] = [:]
        do {
            for schema in try rows("SELECT name FROM pragma_database_list WHERE name <> 'temp' ORDER BY seq") {
                let quoted = "\"" + schema[0].replacingOccurrences(of: "\"", with: "\"\"") + "\""
                let relations = try rows(
                    "SELECT name, type, sql FROM \(quoted).sqlite_schema WHERE type IN ('table', 'view') "
                        + "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")
                for row in relations {
                    let name = SchemaSnapshot.RelationName(schema: schema[0], name: row[0])
                    if let cached = cache[name], cached.sql == row[2], row[1] != "view" {
                        next[name] = cached
                    } else {
                        next[name] = (row[2], try relation(name, isView: row[1] == "view"))
                    }
                    snapshot.relations[name] = next[name]?.relation
                }
            }
        } catch {
            throw ScratchError(isStatementError: false, message: "cannot read the SQLite catalog: \(error)")
        }
        cache = next
        return snapshot
    }

    /// The ordinary columns of one table or view, in declaration order.
    private func relation(_ name: SchemaSnapshot.RelationName, isView: Bool) throws(SQLiteError)
        -> SchemaSnapshot.Relation
    {
        let statement = try connection.prepare(
            "SELECT name, type FROM pragma_table_xinfo(?1, ?2) WHERE hidden = 0 ORDER BY cid")
        try statement.bind(name.name, at: 1)
        try statement.bind(name.schema, at: 2)
        var columns: [SchemaSnapshot.Column] = []
        while try statement.step() {
            let declared = statement.text(at: 1) ?? ""
            columns.append(
                SchemaSnapshot.Column(
                    name: statement.text(at: 0) ?? "", declaredType: declared,
                    typeClass: SQLiteTypeAffinity.typeClass(ofDeclaredType: declared), comment: nil))
        }
        return SchemaSnapshot.Relation(isView: isView, columns: columns)
    }

    /// Every row of a small catalog query, as text.
    private func rows(_ sql: String) throws(SQLiteError) -> [[String]] {
        let statement = try connection.prepare(sql)
        var rows: [[String]] = []
        while try statement.step() {
            rows.append((0..<statement.columnCount).map { statement.text(at: $0) ?? "" })
        }
        return rows
    }

    func discard() {}

    /// `CREATE SCHEMA [IF NOT EXISTS] name` → `ATTACH ':memory:' AS name`.
    private func createSchema(_ statement: SQLStatement) throws(ScratchError) {
        let code = statement.code
        let ifNotExists = statement.leadingWords(5).dropFirst(2).starts(with: ["IF", "NOT", "EXISTS"])
        let index = ifNotExists ? 5 : 2
        guard index < code.count, let name = SQLIdentifier.name(code[index], in: statement) else {
            throw ScratchError(isStatementError: true, message: "CREATE SCHEMA without a schema name")
        }
        if schemas.contains(name.lowercased()) {
            if ifNotExists { return }
            throw ScratchError(isStatementError: true, message: "schema \"\(name)\" already exists")
        }
        try execute("ATTACH DATABASE ':memory:' AS \"\(name.replacingOccurrences(of: "\"", with: "\"\""))\"")
        schemas.insert(name.lowercased())
    }

    private func execute(_ sql: String) throws(ScratchError) {
        do {
            try connection.execute(sql)
        } catch {
            throw ScratchError(isStatementError: true, message: error.message, offset: error.offset)
        }
    }

    /// PostgreSQL statements that create no table or column, skipped rather than failed.
    static func isSkipped(_ words: [String]) -> Bool {
        let first = words.first ?? ""
        if [
            "SET", "RESET", "GRANT", "REVOKE", "DO", "COMMENT", "SELECT", "INSERT", "UPDATE", "DELETE", "WITH",
            "ANALYZE", "VACUUM",
        ].contains(first) {
            return true
        }
        let objects: Set = [
            "EXTENSION", "TYPE", "DOMAIN", "FUNCTION", "PROCEDURE", "SEQUENCE", "ROLE", "USER", "POLICY",
            "PUBLICATION", "AGGREGATE", "OPERATOR", "COLLATION",
        ]
        let object = words.dropFirst().first { !["OR", "REPLACE", "TEMP", "TEMPORARY", "UNLOGGED"].contains($0) }
        if ["CREATE", "ALTER", "DROP"].contains(first), let object, objects.contains(object) { return true }
        if first == "ALTER" && words.contains("OWNER") { return true }
        return first == "ALTER" && words.contains("DEFAULT") && words.contains("PRIVILEGES")
    }
}
