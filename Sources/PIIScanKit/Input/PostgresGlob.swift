/// `schema.table.column` globs as PostgreSQL regular expressions, passed to the catalog query as parameters.
///
/// The same semantics as `DatabaseFilter+Matching` (SQLite): up to three dot-separated parts, a missing part
/// matches everything (`audit` is the whole schema, `public.users` the whole table). In each part `*` matches
/// any run of characters, `?` one, `[...]` a class (ranges, `!` or `^` negation) and `\` escapes; everything
/// else is literal, and names match exactly as stored in the catalog (case-sensitive).
enum PostgresGlob {
    /// Anchored regexes for the schema, table and column parts of `glob`.
    static func regexes(_ glob: String) -> (schema: String, table: String, column: String) {
        let parts = glob.split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        let part = { (index: Int) -> String in index < parts.count ? regex(parts[index]) : "^.*$" }
        return (part(0), part(1), part(2))
    }

    /// One glob part as an anchored regex. Every character that is not a letter, digit or `_` is escaped with
    /// a backslash, which PostgreSQL's regex syntax (inside brackets too) reads as the literal character.
    static func regex(_ part: String) -> String {
        let characters = Array(part)
        var result = "^"
        var index = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "*": result += ".*"
            case "?": result += "."
            case "\\":
                index += 1
                result += literal(index < characters.count ? characters[index] : "\\")
            case "[":
                if let (bracket, end) = bracketExpression(characters, from: index) {
                    result += bracket
                    index = end
                } else {
                    result += literal(character)
                }
            default: result += literal(character)
            }
            index += 1
        }
        return result + "$"
    }

    /// The regex for the class starting at `characters[start] == "["` and the index of its `]`; nil when the
    /// class is not closed (the `[` is then literal). A `]` right after `[`, `[!` or `[^` is a member.
    private static func bracketExpression(_ characters: [Character], from start: Int) -> (String, Int)? {
        var index = start + 1
        var result = "["
        if index < characters.count && (characters[index] == "!" || characters[index] == "^") {
            result += "^"
            index += 1
        }
        let firstMember = index
        while index < characters.count && (characters[index] != "]" || index == firstMember) {
            let character = characters[index]
            let isRange =
                character == "-" && index > firstMember && index + 1 < characters.count
                && characters[index + 1] != "]"
            result += isRange ? "-" : literal(character)
            index += 1
        }
        guard index < characters.count else { return nil }
        return (result + "]", index)
    }

    private static func literal(_ character: Character) -> String {
        character.isLetter || character.isNumber || character == "_" ? String(character) : "\\" + String(character)
    }

    /// A `text[]` literal (`{"a","b"}`), each element quoted with `"` and `\` escaped.
    static func arrayLiteral(_ elements: [String]) -> String {
        let quoted = elements.map { element in
            "\"" + element.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                + "\""
        }
        return "{" + quoted.joined(separator: ",") + "}"
    }
}
