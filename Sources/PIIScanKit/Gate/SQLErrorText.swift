/// Database error messages with the statement's literals taken out, since migrations can hold values
/// (`INSERT … VALUES ('ann@example.com')`) and a syntax error quotes the text near it.
///
/// Single-quoted text becomes `'…'`; double-quoted text after `: ` (PostgreSQL's `invalid input syntax for
/// type integer: "abc"`) and SQLite's `near "…"` when it holds a literal or a number become `"…"`.
/// Identifiers the database names (`relation "users" does not exist`, `no such table: app.users`) are kept.
enum SQLErrorText {
    static func redacted(_ message: String) -> String {
        var output = ""
        var index = message.startIndex
        while index < message.endIndex {
            let character = message[index]
            if character == "'", let close = message[message.index(after: index)...].firstIndex(of: "'") {
                output += "'…'"
                index = message.index(after: close)
                continue
            }
            if character == "\"", let close = message[message.index(after: index)...].firstIndex(of: "\"") {
                let inner = message[message.index(after: index)..<close]
                output += mayHoldValue(inner, before: output) ? "\"…\"" : "\"\(inner)\""
                index = message.index(after: close)
                continue
            }
            output.append(character)
            index = message.index(after: index)
        }
        return output
    }

    private static func mayHoldValue(_ inner: Substring, before: String) -> Bool {
        if before.hasSuffix(": ") { return true }
        guard let first = inner.first else { return false }
        return first == "'" || first.isNumber || first == "$" || first == "-"
    }
}
