/// One statement of a migration file: its tokens (comments included) and where it starts.
///
/// `text` runs from the first token to the last, without the closing `;`; offsets are bytes in the file.
struct SQLStatement: Sendable {
    /// The statement's tokens in order; `;` of a trigger body or `BEGIN ATOMIC` block included.
    var tokens: [SQLToken]
    /// The file's bytes the token offsets refer to.
    var source: [UInt8]

    /// Where the first token that is not a comment starts (leading comments are not the statement).
    var start: Int { tokens.first(where: { !$0.isComment })?.start ?? 0 }
    var end: Int { tokens.last?.end ?? 0 }

    /// The statement as written, from its first keyword, comments inside included.
    var text: String { String(decoding: source[start..<end], as: UTF8.self) }

    /// The tokens that are not comments.
    var code: [SQLToken] { tokens.filter { !$0.isComment } }

    /// The text of `token`.
    func text(_ token: SQLToken) -> String {
        String(decoding: source[token.start..<token.end], as: UTF8.self)
    }

    /// The uppercased words that open the statement (up to `count`), for recognising its kind.
    func leadingWords(_ count: Int) -> [String] {
        Array(code.prefix(count).map { $0.kind == .word ? text($0).uppercased() : text($0) })
    }

    /// The text without the word `CONCURRENTLY` (`CREATE INDEX CONCURRENTLY`), which cannot run inside the
    /// transaction a scratch database applies migrations in, and which SQLite does not know.
    var textWithoutConcurrently: String {
        var text = ""
        var position = start
        for token in code where token.kind == .word && self.text(token).uppercased() == "CONCURRENTLY" {
            text += String(decoding: source[position..<token.start], as: UTF8.self)
            position = token.end
        }
        return text + String(decoding: source[position..<end], as: UTF8.self)
    }
}
