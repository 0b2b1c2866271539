/// A SQL dump (`.sql`: pg_dump plain format, mysqldump) read as tables: one per table that `COPY` or `INSERT`
/// fills, its columns named by the statement's column list, or else by the table's `CREATE TABLE` earlier in the
/// file. Table and column names go through `naming`, so a name that is itself a value is masked.
package final class SQLDumpFile: TableFile {
    /// A table as the dump names it: written names (for matching statements, case-folded unless quoted) and the
    /// names reports may show.
    private struct Table {
        var key: String
        var name: String
        var columnKeys: [String]
        var columns: [String]
    }

    private var parser = SQLDumpParser()
    private let naming: FieldNaming
    private var tables: [Table] = []
    private var tableIndex: [String: Int] = [:]
    /// Tables defined by `CREATE TABLE`, by key, until a statement fills them.
    private var definitions: [String: [String]] = [:]
    /// The last `INSERT` head and its target: `pg_dump --inserts` repeats one head for every row.
    private var lastHead: [UInt8] = []
    private var lastTarget: SQLDumpParser.Target?
    package private(set) var cells: [TableCell] = []
    package private(set) var delimiters: [Int] = []
    private var position = 0

    package init(naming: FieldNaming) {
        self.naming = naming
    }

    package func restarted() -> any TableFile {
        SQLDumpFile(naming: naming)
    }

    /// True for a `.sql` file (any case).
    package static func isDump(_ path: String) -> Bool {
        path.split(separator: "/").last?.lowercased().hasSuffix(".sql") ?? false
    }

    package func consume(_ chunk: Chunk) {
        cells.removeAll(keepingCapacity: true)
        delimiters.removeAll(keepingCapacity: true)
        let start = position - chunk.fileOffset
        precondition(start >= 0, "a chunk of the file was skipped")
        guard start < chunk.reportUntil else { return }
        let bytes = UnsafeRawBufferPointer(rebasing: chunk.bytes[start..<chunk.reportUntil])
        parser.feed(
            bytes.assumingMemoryBound(to: UInt8.self), origin: position, cells: &cells, delimiters: &delimiters,
            statement: statement)
        position = chunk.reportedEnd
    }

    package var tableCount: Int { tables.count }

    package func table(_ index: Int) -> (name: String?, columns: [String]) {
        (tables[index].name, tables[index].columns)
    }

    package func field(ofColumn column: Int, inTable table: Int) -> String? {
        guard table < tables.count, column < tables[table].columns.count, !tables[table].columns[column].isEmpty
        else { return nil }
        return "\(tables[table].name).\(tables[table].columns[column])"
    }

    // MARK: - Statements

    /// Reads a statement's head: a complete `CREATE TABLE` is remembered, a complete `COPY … FROM stdin` and an
    /// `INSERT … VALUES` head give the table their cells fill.
    private func statement(_ head: [UInt8], complete: Bool) -> SQLDumpParser.Target? {
        if !complete, let lastTarget, head == lastHead { return lastTarget }
        let found = read(head, complete: complete)
        if !complete {
            lastHead = head
            lastTarget = found
        }
        return found
    }

    private func read(_ head: [UInt8], complete: Bool) -> SQLDumpParser.Target? {
        let statement = SQLStatement(tokens: SQLLexer(head).tokens(), source: head)
        let code = statement.code
        guard let first = code.first.map({ statement.text($0).lowercased() }) else { return nil }
        switch (first, complete) {
        case ("create", true):
            define(code, statement)
            return nil
        case ("copy", true):
            return target(code, from: 1, statement, until: "from")
        case ("insert", false):
            guard code.count > 2, statement.text(code[1]).lowercased() == "into" else { return nil }
            return target(code, from: 2, statement, until: "values")
        default:
            return nil
        }
    }

    /// `CREATE [TEMP|UNLOGGED…] TABLE [IF NOT EXISTS] name (column type …, …, CONSTRAINT …)`.
    private func define(_ code: [SQLToken], _ statement: SQLStatement) {
        guard let table = code.prefix(6).firstIndex(where: { statement.text($0).lowercased() == "table" })
        else { return }
        var index = table + 1
        let words = code[index...].prefix(3).map { statement.text($0).lowercased() }
        if words == ["if", "not", "exists"] { index += 3 }
        let (parts, next) = SQLIdentifier.dottedName(code, from: index, in: statement)
        guard let name = parts.last, next < code.count, statement.text(code[next]) == "(" else { return }
        var columns: [String] = []
        var depth = 0
        var startsDefinition = true
        for token in code[(next + 1)...] {
            let text = statement.text(token)
            if text == "(" {
                depth += 1
            } else if text == ")" {
                if depth == 0 { break }
                depth -= 1
            } else if text == "," && depth == 0 {
                startsDefinition = true
                continue
            } else if startsDefinition && depth == 0 {
                if !Self.constraintWords.contains(text.lowercased()),
                    let column = SQLIdentifier.name(token, in: statement)
                {
                    columns.append(Self.key(column, token))
                }
            }
            startsDefinition = false
        }
        definitions[Self.key(name, code[next - 1])] = columns
    }

    /// Words that start a table constraint or index, not a column, in `CREATE TABLE`.
    private static let constraintWords: Set<String> = [
        "constraint", "primary", "unique", "foreign", "check", "exclude", "like", "key", "index", "fulltext",
        "spatial", "period",
    ]

    /// The table named from `index` and the mapping of the statement's column list (if any, before `keyword`)
    /// onto its columns.
    private func target(
        _ code: [SQLToken], from index: Int, _ statement: SQLStatement, until keyword: String
    ) -> SQLDumpParser.Target? {
        var start = index
        if start < code.count, statement.text(code[start]).lowercased() == "only" { start += 1 }
        let (parts, next) = SQLIdentifier.dottedName(code, from: start, in: statement)
        guard let name = parts.last else { return nil }
        let key = Self.key(name, code[next - 1])
        var listed: [String]?
        if next < code.count, statement.text(code[next]) == "(" {
            var names: [String] = []
            for token in code[(next + 1)...] {
                if statement.text(token) == ")" { break }
                if let column = SQLIdentifier.name(token, in: statement) { names.append(Self.key(column, token)) }
            }
            listed = names
        } else if !code[next...].contains(where: { statement.text($0).lowercased() == keyword }) {
            return nil
        }
        let table = tableNumber(key, name: name)
        let statementColumns = listed ?? definitions[key] ?? []
        var mapping = statementColumns.map { column(named: $0, inTable: table) }
        if listed == nil && statementColumns.isEmpty {
            // Neither a column list nor a definition: cells keep their positions, unnamed.
            mapping = Array(0..<CSVCellParser.maxColumns)
        }
        return SQLDumpParser.Target(table: table, columns: mapping)
    }

    private func tableNumber(_ key: String, name: String) -> Int {
        if let known = tableIndex[key] { return known }
        let display = Array(name.utf8).withUnsafeBufferPointer(naming.name).text
        tables.append(Table(key: key, name: display, columnKeys: [], columns: []))
        tableIndex[key] = tables.count - 1
        return tables.count - 1
    }

    private func column(named key: String, inTable table: Int) -> Int {
        if let known = tables[table].columnKeys.firstIndex(of: key) { return known }
        tables[table].columnKeys.append(key)
        tables[table].columns.append(Array(key.utf8).withUnsafeBufferPointer(naming.name).text)
        return tables[table].columns.count - 1
    }

    /// A name as the database compares it: an unquoted one folded to lower case.
    private static func key(_ name: String, _ token: SQLToken) -> String {
        token.kind == .quotedIdentifier ? name : name.lowercased()
    }
}
