/// Decides whether a CSV file's first row is a header, from that row alone (so the answer is the same however the
/// file is cut into chunks).
///
/// A header is never taken for granted: a headerless export's first row would otherwise name every column
/// after a value (`"field":"<an e-mail address>"`). The first row is data when a cell looks like a value (a
/// number, date or phone-like run of digits and punctuation, anything with an `@`) or when a detector finds a
/// value in it (its cells joined by spaces, so that a name split over two cells is still seen). It is a header
/// when a cell is a known column name or when every cell reads like a column name.
enum CSVHeaderRule {
    static func isHeader(_ cells: [[UInt8]], naming: FieldNaming) -> Bool {
        let cells = cells.filter { !$0.isEmpty }
        if cells.contains(where: looksLikeValue) { return false }
        let joined = Array(cells.joined(separator: [UInt8(ascii: " ")]))
        if joined.withUnsafeBufferPointer({ naming.name($0) }).containsValue { return false }
        if cells.contains(where: { naming.isKnownField(String(decoding: $0, as: UTF8.self)) }) { return true }
        return cells.allSatisfy(readsLikeName)
    }

    /// A number, amount, date, time or phone: digits with only spaces and `+-.,/:()` around them; or an `@`.
    static func looksLikeValue(_ cell: [UInt8]) -> Bool {
        if cell.contains(UInt8(ascii: "@")) { return true }
        var digits = 0
        for byte in cell {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: " "), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: ","),
                UInt8(ascii: "/"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")"):
                continue
            default: return false
            }
        }
        return digits > 0
    }

    /// Letters, digits, `_-.#/()&%?!,:'` and at most three spaces, starting with a letter,
    /// `_` or `#` (bytes above ASCII count as letters): how column names are written, unlike free text.
    static func readsLikeName(_ cell: [UInt8]) -> Bool {
        guard let first = cell.first, isLetter(first) || first == UInt8(ascii: "_") || first == UInt8(ascii: "#")
        else { return false }
        var spaces = 0
        for byte in cell {
            if byte == UInt8(ascii: " ") {
                spaces += 1
                continue
            }
            let isDigit = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            guard isLetter(byte) || isDigit || "_-.#/()&%?!,:'".utf8.contains(byte) else { return false }
        }
        return spaces <= 3
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || byte >= 0x80
    }
}
