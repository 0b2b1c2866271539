import Foundation

/// Escaping for Markdown reports: text from scanned data (paths, column names, masked evidence) must not be
/// able to break a table, open a code span or inject a link.
enum MarkdownText {
    /// Plain text with control and bidirectional characters escaped (`TerminalSafe`) and Markdown punctuation
    /// backslash-escaped.
    static func text(_ value: String) -> String {
        var result = ""
        for scalar in TerminalSafe.escape(value).unicodeScalars {
            if "\\`*_[]<>|#!".unicodeScalars.contains(scalar) { result.unicodeScalars.append("\\") }
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// A code span that cannot be closed early: backticks inside become `'`, pipes are escaped for tables.
    static func code(_ value: String) -> String {
        let cleaned = TerminalSafe.escape(value).replacingOccurrences(of: "`", with: "'")
            .replacingOccurrences(of: "|", with: "\\|")
        return "`" + cleaned + "`"
    }

    /// A table row from cells that are already escaped.
    static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }
}
