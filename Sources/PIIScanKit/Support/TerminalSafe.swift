/// Makes text from scanned data (file, table and column names, RoPA values, error texts) safe to print on a
/// terminal: every scalar that could move the cursor, start an escape sequence or reorder what is shown is
/// replaced by its visible escape `\u{XX}` (hex, upper case), e.g. ESC → `\u{1B}`, RLO → `\u{202E}`.
///
/// Escaped: C0 controls (U+0000–U+001F: ESC, CR, LF, tab, backspace…), DEL (U+007F), C1 controls
/// (U+0080–U+009F), the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), the
/// bidirectional marks (U+061C, U+200E, U+200F) and the line and paragraph separators (U+2028, U+2029).
/// A backslash is left as it is, so the notation is for reading, not a reversible encoding.
public enum TerminalSafe {
    /// `text` with every unsafe scalar escaped, line feeds included: for one value, or one line of output.
    public static func escape(_ text: String) -> String {
        escape(text, keepingLineFeeds: false)
    }

    /// `text` with every unsafe scalar escaped except the line feed (U+000A): for whole messages whose line
    /// breaks are our own (usage texts, multi-line errors).
    public static func escapeKeepingLineFeeds(_ text: String) -> String {
        escape(text, keepingLineFeeds: true)
    }

    /// Whether `scalar` is shown escaped.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    private static func escape(_ text: String, keepingLineFeeds: Bool) -> String {
        // Fast path: printable ASCII (and UTF-8 lead bytes other than those of the unsafe ranges) cannot hide
        // anything; most names and messages end here without allocating.
        guard text.utf8.contains(where: mayStartUnsafe) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) && !(keepingLineFeeds && scalar == "\n") {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result.append(contentsOf: "\\u{\(hex.count < 2 ? "0" : "")\(hex)}".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Bytes an unsafe scalar's UTF-8 form starts with: C0 and DEL themselves, 0xC2 (U+0080–U+00BF), 0xD8
    /// (U+061C) and 0xE2 (U+2000–U+2FFF).
    private static func mayStartUnsafe(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xD8 || byte == 0xE2
    }
}
