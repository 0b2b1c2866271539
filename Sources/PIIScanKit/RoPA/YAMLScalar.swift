/// Writes a string as a YAML scalar that reads back as the same string: plain when that is unambiguous,
/// else double-quoted with escapes. The choice depends only on the text, so output is stable. Control and
/// bidirectional characters (`TerminalSafe.isUnsafe`) are always escaped (`\u202E`), so a drafted RoPA shows them
/// on a terminal and in an editor.
enum YAMLScalar {
    static func quoted(_ text: String) -> String {
        needsQuotes(text) ? doubleQuoted(text) : text
    }

    private static func needsQuotes(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return true }
        if first == " " || last == " " || last == ":" { return true }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return true }
        if text.contains(": ") || text.contains(" #") { return true }
        if text.unicodeScalars.contains(where: { TerminalSafe.isUnsafe($0) || $0 == "\u{FEFF}" }) {
            return true
        }
        if reserved.contains(text.lowercased()) { return true }
        // Anything starting like a number (1, -1, .5, 2024-01-01, 0x1F) might resolve to a non-string.
        let lead = text.unicodeScalars.drop { $0 == "+" || $0 == "-" || $0 == "." }.first
        return lead.map { ("0"..."9").contains($0) } ?? false
    }

    private static let reserved: Set = [
        "null", "~", "true", "false", "yes", "no", "on", "off", "y", "n", ".inf", "-.inf", "+.inf", ".nan", "<<",
    ]

    private static func doubleQuoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if TerminalSafe.isUnsafe(scalar) || scalar == "\u{FEFF}" {
                    result += unicodeEscape(scalar, uppercase: true)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
