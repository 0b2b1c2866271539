import PGQuery

/// Reads PostgreSQL migrations with PostgreSQL's own parser and no server: each file is parsed once
/// (`PostgresParser`) and its statements folded into the schema (`PostgresSchemaFolder`). Nothing is executed.
///
/// A file the parser refuses stops the run with the file, line and column of the token it stopped at, the first
/// line of the statement holding it, and what to do.
struct PostgresMigrationReader {
    /// How the reader is named in the report's preamble.
    static let displayName = "PostgreSQL 15's parser (libpg_query, no server)"

    /// The columns of the final schema with their origins, and how many statements were read.
    func read(_ files: [MigrationFile]) throws(GateError) -> (columns: [TrackedColumn], statements: Int) {
        var folder = PostgresSchemaFolder()
        var statements = 0
        for file in files {
            let source = MigrationSourceText(file)
            let tree: PostgresParseNode
            switch PostgresParser.parse(file.bytes) {
            case .success(let json):
                do {
                    tree = try PostgresParseNode(json: json)
                } catch {
                    throw GateError(.incomplete, "\(file.path): cannot read the parse tree: \(error)")
                }
            case .failure(let error):
                throw Self.syntaxError(error, in: source)
            }
            for entry in tree["stmts"].items {
                let start = entry["stmt_location"].int ?? 0
                let length = entry["stmt_len"].int ?? 0
                let end = length == 0 ? file.bytes.count : min(start + length, file.bytes.count)
                folder.fold(entry["stmt"], range: start..<end, in: source)
                statements += 1
            }
        }
        return (folder.columns, statements)
    }

    /// `file:line:column: PostgreSQL's parser refused …`, the statement's first line, and the remedies.
    static func syntaxError(_ error: PostgresSyntaxError, in source: MigrationSourceText) -> GateError {
        let offset = error.offset ?? 0
        let origin = source.origin(at: offset)
        let statementStart = source.statementStart(before: offset)
        let statementLine = source.lines.line(of: statementStart)
        var error = GateError(
            .usage,
            "\(source.file.path):\(origin.line):\(origin.column): PostgreSQL's parser refused the migration: "
                + SQLErrorText.redacted(error.message))
        error.notes = [
            "in the statement at line \(statementLine): \(Self.shortened(source.redactedLine(at: statementStart)))",
            "fix the statement (the gate reads PostgreSQL 15 syntax; psql commands such as \\connect are not SQL), "
                + "pass --dialect sqlite if these are SQLite migrations, or leave the file out with --exclude GLOB",
        ]
        return error
    }

    private static func shortened(_ line: String) -> String {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed.count > 100 ? String(trimmed.prefix(100)) + "…" : trimmed
    }
}
