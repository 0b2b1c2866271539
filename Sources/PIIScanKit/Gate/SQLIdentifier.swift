/// Reads identifiers and string literals out of tokens, and compares identifiers the way the database does:
/// a quoted identifier exactly, an unquoted one without regard to case.
enum SQLIdentifier {
    /// The name a word or quoted-identifier token stands for (quotes removed, doubled quotes undone).
    static func name(_ token: SQLToken, in statement: SQLStatement) -> String? {
        let text = statement.text(token)
        switch token.kind {
        case .word: return text
        case .quotedIdentifier:
            let quote = text.first.map(String.init) ?? "\""
            return String(text.dropFirst().dropLast(text.count > 1 && text.hasSuffix(quote) ? 1 : 0))
                .replacingOccurrences(of: quote + quote, with: quote)
        default: return nil
        }
    }

    /// The text of a string-literal token: `'it''s'` → `it's`; `E'…'` and `$tag$…$tag$` unwrapped.
    static func stringValue(_ token: SQLToken, in statement: SQLStatement) -> String? {
        guard token.kind == .string else { return nil }
        var text = statement.text(token)
        if text.hasPrefix("$"), let tagEnd = text.dropFirst().firstIndex(of: "$") {
            let tag = String(text[...tagEnd])
            text = String(text.dropFirst(tag.count))
            return String(text.hasSuffix(tag) ? text.dropLast(tag.count) : Substring(text))
        }
        if text.first == "E" || text.first == "e" { text.removeFirst() }
        let inner = text.dropFirst().dropLast(text.count > 1 && text.hasSuffix("'") ? 1 : 0)
        return inner.replacingOccurrences(of: "''", with: "'")
    }

    /// Whether `token` names `name` (as the catalog spells it).
    static func matches(_ token: SQLToken, _ name: String, in statement: SQLStatement) -> Bool {
        guard let written = self.name(token, in: statement) else { return false }
        return token.kind == .quotedIdentifier ? written == name : written.lowercased() == name.lowercased()
    }

    /// A dotted name starting at `index` of `code` (`app."User Emails".email`): its parts and the index after.
    static func dottedName(_ code: [SQLToken], from index: Int, in statement: SQLStatement) -> (
        parts: [String], next: Int
    ) {
        var parts: [String] = []
        var position = index
        while position < code.count, let part = name(code[position], in: statement) {
            parts.append(part)
            position += 1
            guard position < code.count, statement.text(code[position]) == "." else { break }
            position += 1
        }
        return (parts, position)
    }
}
