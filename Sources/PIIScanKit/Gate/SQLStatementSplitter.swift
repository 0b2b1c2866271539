/// Splits a migration file into statements at each `;` that is outside strings, quoted identifiers,
/// comments, dollar quotes (all handled by `SQLLexer`) and compound bodies: the `BEGIN … END` of an SQLite
/// `CREATE TRIGGER`, and PostgreSQL's `BEGIN ATOMIC … END` function bodies, where `CASE … END` nests.
///
/// Statements holding only comments are dropped; a last statement without `;` is kept.
enum SQLStatementSplitter {
    static func split(_ bytes: [UInt8]) -> [SQLStatement] {
        let lexer = SQLLexer(bytes)
        var statements: [SQLStatement] = []
        var current: [SQLToken] = []
        var words: [String] = []
        var depth = 0
        var previousWord = ""
        for token in lexer.tokens() {
            let isSemicolon = token.kind == .punctuation && bytes[token.start] == UInt8(ascii: ";")
            if isSemicolon && depth == 0 {
                flush(&current, into: &statements, bytes: bytes)
                words = []
                previousWord = ""
                continue
            }
            current.append(token)
            guard token.kind == .word else { continue }
            let word = lexer.text(token).uppercased()
            if words.count < 6 { words.append(word) }
            if isCompound(words) || depth > 0 || (word == "ATOMIC" && previousWord == "BEGIN") {
                depth += blockChange(word, previous: previousWord, opensAtomic: !isCompound(words))
                depth = max(depth, 0)
            }
            previousWord = word
        }
        flush(&current, into: &statements, bytes: bytes)
        return statements
    }

    /// How `word` changes the block depth: `BEGIN` (in a trigger) or `BEGIN ATOMIC`, and `CASE` inside a
    /// block, open one; `END` closes one.
    private static func blockChange(_ word: String, previous: String, opensAtomic: Bool) -> Int {
        switch word {
        case "BEGIN": opensAtomic ? 0 : 1
        case "ATOMIC": previous == "BEGIN" && opensAtomic ? 1 : 0
        case "CASE": 1
        case "END": -1
        default: 0
        }
    }

    /// `CREATE [TEMP|TEMPORARY] TRIGGER`: its body is `BEGIN … END` with `;` inside.
    private static func isCompound(_ words: [String]) -> Bool {
        guard words.first == "CREATE" else { return false }
        let rest = words.dropFirst().filter { !["TEMP", "TEMPORARY", "OR", "REPLACE"].contains($0) }
        return rest.first == "TRIGGER"
    }

    private static func flush(_ tokens: inout [SQLToken], into statements: inout [SQLStatement], bytes: [UInt8]) {
        if tokens.contains(where: { !$0.isComment }) {
            statements.append(SQLStatement(tokens: tokens, source: bytes))
        }
        tokens = []
    }
}
