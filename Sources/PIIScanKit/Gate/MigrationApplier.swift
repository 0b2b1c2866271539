/// Applies migration files to a scratch database statement by statement, and after each statement that can
/// change the schema reads the catalog into a `SchemaTracker`, so every column keeps the statement that made it.
struct MigrationApplier {
    let database: any ScratchDatabase

    /// The columns of the final schema with their origins, and how many statements were applied.
    func apply(_ files: [MigrationFile]) throws(GateError) -> (columns: [TrackedColumn], statements: Int) {
        var tracker = SchemaTracker()
        var statements = 0
        for file in files {
            for statement in SQLStatementSplitter.split(file.bytes) {
                if database.source == .sqlite && tracker.recordComment(statement) { continue }
                try apply(statement, of: file)
                statements += 1
                if Self.mayChangeSchema(statement) {
                    tracker.update(to: try snapshot(after: statement, in: file), after: statement, in: file)
                }
            }
        }
        return (tracker.columns, statements)
    }

    /// Applies one statement; a refusal is a usage error naming the file, the line (and column of the failing
    /// token when the database names it) and the database's message (literals removed), with the statement's
    /// first line and a hint when SQLite refuses it (the migrations may be PostgreSQL's).
    private func apply(_ statement: SQLStatement, of file: MigrationFile) throws(GateError) {
        do {
            try database.apply(statement)
        } catch {
            let line = LineIndex(file.bytes).line(of: statement.start)
            guard error.isStatementError else {
                throw GateError(.incomplete, "\(file.path):\(line): \(SQLErrorText.redacted(error.message))")
            }
            if let missing = Self.missingExtension(statement, message: error.message) {
                throw GateError(
                    .usage,
                    "\(file.path):\(line): \(database.displayName) has no extension \(missing), which this statement "
                        + "needs: install it on the server (PostgreSQL's contrib package holds the common ones), or "
                        + "leave out --scratch to read the migrations with PostgreSQL's parser")
            }
            let hint =
                database.source == .sqlite
                ? " (if these migrations are PostgreSQL's, pass --dialect postgres to read them with its parser)"
                : ""
            var place = "\(line)"
            var notes: [String] = []
            // The offset is in the text sent, which is the statement's own unless CONCURRENTLY was dropped.
            if let offset = error.offset,
                statement.textWithoutConcurrently.utf8.count == statement.end - statement.start
            {
                let source = MigrationSourceText(file)
                let token = source.origin(at: statement.start + offset)
                place = "\(token.line):\(token.column)"
                if token.line != line {
                    notes.append("in the statement at line \(line): \(source.redactedLine(at: statement.start))")
                }
            }
            var failure = GateError(
                .usage,
                "\(file.path):\(place): the statement failed on \(database.displayName): "
                    + SQLErrorText.redacted(error.message) + hint)
            failure.notes = notes
            throw failure
        }
    }

    /// The extension a failed `CREATE EXTENSION [IF NOT EXISTS] name` names, when the server lacks it.
    static func missingExtension(_ statement: SQLStatement, message: String) -> String? {
        let code = statement.code
        guard statement.leadingWords(2) == ["CREATE", "EXTENSION"],
            message.contains("extension") && (message.contains("not available") || message.contains("control file"))
        else { return nil }
        let words = statement.leadingWords(5)
        let index = words.count > 4 && words[2] == "IF" ? 5 : 2
        guard index < code.count, let name = SQLIdentifier.name(code[index], in: statement) else { return nil }
        return "\"\(name)\""
    }

    /// The catalog after `statement`; SQLite checks a view's columns only when the catalog is read, so a
    /// failure here names the statement that made the view (a usage error: the migration's fault).
    private func snapshot(after statement: SQLStatement, in file: MigrationFile) throws(GateError) -> SchemaSnapshot {
        do {
            return try database.snapshot()
        } catch {
            let line = LineIndex(file.bytes).line(of: statement.start)
            let kind: GateError.Kind = database.source == .sqlite ? .usage : .incomplete
            throw GateError(kind, "\(file.path):\(line): after this statement, " + SQLErrorText.redacted(error.message))
        }
    }

    /// False for statements that only move data or set session state, which skip the catalog read.
    static func mayChangeSchema(_ statement: SQLStatement) -> Bool {
        let first = statement.leadingWords(1).first ?? ""
        return ![
            "INSERT", "UPDATE", "DELETE", "SELECT", "WITH", "SET", "RESET", "GRANT", "REVOKE", "BEGIN", "START",
            "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE", "ANALYZE", "VACUUM", "PRAGMA",
        ].contains(first)
    }
}
