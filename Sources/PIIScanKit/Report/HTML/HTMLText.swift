import Foundation

/// Escaping for the HTML report: every string that comes from scanned data or the store (paths, column names,
/// masked evidence, RoPA text) goes through here, so none of it can open a tag, close an attribute or smuggle
/// control characters into the page.
enum HTMLText {
    /// Text safe in element content and in quoted attribute values: `& < > " '` become character references,
    /// control and bidirectional characters (`TerminalSafe.isUnsafe`, newlines included) become U+FFFD, so no
    /// name can reorder what the page shows.
    static func escape(_ value: String) -> String {
        escape(value, keepingLines: false)
    }

    /// Like `escape`, but newlines and tabs stay, for `<pre>` blocks.
    static func preformatted(_ value: String) -> String {
        escape(value, keepingLines: true)
    }

    private static func escape(_ value: String, keepingLines: Bool) -> String {
        guard value.utf8.contains(where: { needsWork($0) }) else { return value }
        var result = ""
        result.reserveCapacity(value.utf8.count + 16)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\n" where keepingLines, "\t" where keepingLines: result.unicodeScalars.append(scalar)
            default:
                result.unicodeScalars.append(TerminalSafe.isUnsafe(scalar) ? "\u{FFFD}" : scalar)
            }
        }
        return result
    }

    /// Bytes that may need replacing: markup characters, C0 controls, DEL, and the lead bytes of C1 controls
    /// (0xC2), U+061C (0xD8) and the bidirectional controls (0xE2).
    private static func needsWork(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        case 0..<0x20, 0x7F, 0xC2, 0xD8, 0xE2: true
        default: false
        }
    }

    /// `2026-11-23T15:44:35Z`, for `<time datetime>` and machine use.
    static func isoDate(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    /// `2026-11-23 15:44 UTC`, for people.
    static func displayDate(_ date: Date) -> String {
        let iso = isoDate(date)
        return String(iso.prefix(10)) + " " + String(iso.dropFirst(11).prefix(5)) + " UTC"
    }

    /// A `<time>` element showing `displayDate`.
    static func time(_ date: Date) -> String {
        "<time datetime=\"\(isoDate(date))\">\(displayDate(date))</time>"
    }

    /// `1 file`, `1,234 files`: a count and its noun, plural unless the count is one.
    static func counted(_ value: Int, _ noun: String) -> String {
        "\(count(value)) \(noun)\(value == 1 ? "" : "s")"
    }

    /// `12,345`: digits grouped by thousands, independent of the locale.
    static func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }
}
