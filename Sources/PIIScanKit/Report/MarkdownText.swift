import Foundation

/// Escaping for Markdown reports: text from scanned data (paths, column names, masked evidence) must not be
/// able to break a table, open a code span or inject a link.
enum MarkdownText {
    /// Plain text with Markdown punctuation backslash-escaped and control characters replaced.
    static func text(_ value: String) -> String {
        var result = ""
        for scalar in TerminalStyle.sanitize(value).unicodeScalars {
            if "\\`*_[]<>|#!".unicodeScalars.contains(scalar) { result.unicodeScalars.append("\\") }
            result.unicodeScalars.append(scalar == "\n" ? " " : scalar)
        }
        return result
    }

    /// A code span that cannot be closed early: backticks inside become `'`, pipes are escaped for tables.
    static func code(_ value: String) -> String {
        let cleaned = TerminalStyle.sanitize(value).replacingOccurrences(of: "`", with: "'")
            .replacingOccurrences(of: "|", with: "\\|")
        return "`" + cleaned + "`"
    }

    /// A table row from cells that are already escaped.
    static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }
}
