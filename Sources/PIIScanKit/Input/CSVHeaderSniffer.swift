/// Decides whether a CSV file's first row is a header, from its first two records.
///
/// A header is never taken for granted: a headerless export's first row would otherwise name every column
/// after a value (`"field":"<an e-mail address>"`). The first row is data when a cell looks like a value (a
/// number, date or phone-like run of digits and punctuation, anything with an `@`) or when a detector finds a
/// value in it. It is a header when a cell is a known column name, when a column holds text in the first row
/// and a number in the second (types differ), or, failing both, when every cell reads like a column name.
enum CSVHeaderSniffer {
    /// Bytes of the file's start looked at, at most.
    static let maxSniffBytes = 64 * 1024

    static func hasHeader(_ bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, naming: FieldNaming) -> Bool {
        let rows = records(bytes.prefix(maxSniffBytes), delimiter: delimiter)
        guard let first = rows.first else { return true }
        let cells = first.filter { !$0.isEmpty }
        if cells.contains(where: looksLikeValue) { return false }
        let joined = Array(cells.joined(separator: [UInt8(ascii: " ")]))
        if joined.withUnsafeBufferPointer({ naming.name($0) }).containsValue { return false }
        if cells.contains(where: { naming.isKnownField(String(decoding: $0, as: UTF8.self)) }) { return true }
        guard rows.count > 1 else { return true }
        let typesDiffer = zip(first, rows[1]).contains { isText($0) && looksLikeValue($1) }
        return typesDiffer || cells.allSatisfy(readsLikeName)
    }

    /// Up to two records (a leading blank line skipped, as the tracker does), cells trimmed and cut at
    /// `CSVFieldState.maxNameBytes`; RFC 4180 quoting.
    static func records(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, delimiter: UInt8) -> [[[UInt8]]] {
        var rows: [[[UInt8]]] = []
        var row: [[UInt8]] = []
        var cell: [UInt8] = []
        var quoted = false
        var index = bytes.startIndex
        func endCell() {
            if row.count < CSVFieldState.maxColumns { row.append(Array(CSVFieldState.trimmed(cell))) }
            cell.removeAll(keepingCapacity: true)
        }
        while index < bytes.endIndex, rows.count < 2 {
            let byte = bytes[index]
            index += 1
            if quoted {
                if byte != UInt8(ascii: "\"") {
                    if cell.count < CSVFieldState.maxNameBytes { cell.append(byte) }
                } else if index < bytes.endIndex, bytes[index] == UInt8(ascii: "\"") {
                    cell.append(byte)
                    index += 1
                } else {
                    quoted = false
                }
            } else if byte == UInt8(ascii: "\"") && cell.isEmpty {
                quoted = true
            } else if byte == delimiter {
                endCell()
            } else if byte == UInt8(ascii: "\n") {
                endCell()
                if !(rows.isEmpty && row == [[]]) { rows.append(row) }
                row.removeAll()
            } else if cell.count < CSVFieldState.maxNameBytes {
                cell.append(byte)
            }
        }
        if rows.count < 2 && (!row.isEmpty || !cell.isEmpty) {
            endCell()
            rows.append(row)
        }
        return rows
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

    private static func isText(_ cell: [UInt8]) -> Bool { !cell.isEmpty && !looksLikeValue(cell) }

    /// Letters, digits, `_`, `-`, `.`, `#`, `/`, parentheses and at most three spaces, starting with a letter,
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
            guard isLetter(byte) || isDigit || "_-.#/()".utf8.contains(byte) else { return false }
        }
        return spaces <= 3
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || byte >= 0x80
    }
}
