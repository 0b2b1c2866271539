/// One lexical token of SQL text: its kind and its byte range in the text it was read from.
struct SQLToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// An unquoted word: a keyword or an identifier.
        case word
        /// `"name"` or `` `name` ``: an identifier whose case and characters are kept.
        case quotedIdentifier
        /// `'text'`, `E'text'`, or a dollar-quoted `$tag$text$tag$` string.
        case string
        case number
        /// `-- …` up to the end of the line (the newline is not part of it).
        case lineComment
        /// `/* … */` (nested in PostgreSQL).
        case blockComment
        /// Any other single byte: `(`, `)`, `,`, `;`, `.`, operators.
        case punctuation
    }

    var kind: Kind
    var start: Int
    var end: Int

    var isComment: Bool { kind == .lineComment || kind == .blockComment }
}
