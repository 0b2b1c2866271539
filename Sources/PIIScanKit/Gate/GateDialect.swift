/// The SQL dialect of a set of migrations: PostgreSQL sets are read by PostgreSQL's own parser (or applied on
/// the `--scratch` server), SQLite sets are applied to an in-memory SQLite (`SQLiteScratch`).
public enum GateDialect: String, Sendable, CaseIterable {
    case sqlite, postgres

    /// The dialect of `group` and why: `--dialect`, `--scratch`, else the evidence in its files (`detect`),
    /// else its path (`…/sqlite/…`, `…-postgres/…`), else SQLite, which applies standard DDL exactly.
    static func decide(
        for group: MigrationGroup, requested: GateDialect?, scratch: String?
    ) -> (dialect: GateDialect, evidence: String) {
        if let requested { return (requested, "--dialect \(requested.rawValue)") }
        if scratch != nil { return (.postgres, "--scratch") }
        if let found = evidence(in: group.files) {
            return (found.dialect, "\(found.word) in \(found.file.path):\(found.line)")
        }
        let path = group.argument.lowercased()
        if path.contains("sqlite") { return (.sqlite, "the path names SQLite") }
        if path.contains("postgres") || path.contains("supabase") { return (.postgres, "the path names PostgreSQL") }
        return (.sqlite, "no dialect-specific syntax")
    }

    /// `postgres` when the files use syntax only PostgreSQL has, `sqlite` when they use syntax only SQLite has
    /// (whichever comes first in apply order), else `sqlite`.
    static func detect(_ files: [MigrationFile]) -> GateDialect {
        evidence(in: files)?.dialect ?? .sqlite
    }

    /// The first word only one of the dialects accepts: dollar quotes, `::` casts, `SERIAL`, `JSONB`,
    /// `TIMESTAMPTZ`, `CREATE SCHEMA`, `CREATE EXTENSION`, `COMMENT ON`, `ALTER COLUMN`, `now()` for PostgreSQL;
    /// `AUTOINCREMENT`, `PRAGMA`, `WITHOUT ROWID`, `datetime(…)` for SQLite.
    static func evidence(
        in files: [MigrationFile]
    ) -> (dialect: GateDialect, word: String, file: MigrationFile, line: Int)? {
        for file in files {
            let lexer = SQLLexer(file.bytes)
            var previous = ""
            for token in lexer.tokens() where !token.isComment {
                let text = lexer.text(token)
                var found: (GateDialect, String)?
                let upper = token.kind == .word ? text.uppercased() : text
                if token.kind == .string && text.hasPrefix("$") {
                    found = (.postgres, "a dollar-quoted string")
                } else if token.kind == .word && postgresWords.contains(upper) {
                    found = (.postgres, upper)
                } else if token.kind == .word && sqliteWords.contains(upper) {
                    found = (.sqlite, upper)
                } else if let pair = pairs[previous + " " + upper] {
                    found = (pair, previous + " " + upper)
                }
                if let (dialect, word) = found {
                    return (dialect, word, file, LineIndex(file.bytes).line(of: token.start))
                }
                previous = upper
            }
        }
        return nil
    }

    private static let postgresWords: Set = [
        "SERIAL", "BIGSERIAL", "SMALLSERIAL", "JSONB", "TIMESTAMPTZ", "BYTEA", "CITEXT", "EXTENSION", "PLPGSQL",
        "INET", "TSVECTOR",
    ]
    private static let sqliteWords: Set = ["AUTOINCREMENT", "PRAGMA", "ROWID", "DATETIME", "JULIANDAY", "STRFTIME"]
    private static let pairs: [String: GateDialect] = [
        "CREATE SCHEMA": .postgres, "COMMENT ON": .postgres, ": :": .postgres, "ALTER COLUMN": .postgres,
        "NOW (": .postgres, "ADD CONSTRAINT": .postgres, "WITHOUT ROWID": .sqlite,
    ]
}
