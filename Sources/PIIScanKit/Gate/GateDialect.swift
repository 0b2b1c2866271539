/// The SQL dialect of the migrations: PostgreSQL migrations are applied on the `--scratch` server when one
/// is given, else on the in-memory SQLite with its PostgreSQL allowances (`SQLiteScratch`).
public enum GateDialect: String, Sendable, CaseIterable {
    case sqlite, postgres

    /// `postgres` when the files use syntax only PostgreSQL has (dollar quotes, `::` casts, `SERIAL`, `JSONB`,
    /// `TIMESTAMPTZ`, `CREATE SCHEMA`, `CREATE EXTENSION`, `COMMENT ON`), else `sqlite`.
    static func detect(_ files: [MigrationFile]) -> GateDialect {
        let words: Set = ["SERIAL", "BIGSERIAL", "SMALLSERIAL", "JSONB", "TIMESTAMPTZ", "BYTEA", "CITEXT", "EXTENSION"]
        for file in files {
            let lexer = SQLLexer(file.bytes)
            var previous = ""
            for token in lexer.tokens() where !token.isComment {
                let text = lexer.text(token)
                if token.kind == .string && text.hasPrefix("$") { return .postgres }
                let upper = text.uppercased()
                if token.kind == .word && words.contains(upper) { return .postgres }
                if (previous == "CREATE" && upper == "SCHEMA") || (previous == "COMMENT" && upper == "ON") {
                    return .postgres
                }
                if previous == ":" && upper == ":" { return .postgres }
                previous = upper
            }
        }
        return .sqlite
    }
}
