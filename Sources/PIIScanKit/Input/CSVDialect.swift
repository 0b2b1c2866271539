/// Which files are delimited tables, and with which delimiter: by extension, then by the first lines' bytes.
///
/// `.csv` files are sniffed among `,` `;` tab and `|` (German and French Excel write `;`), `.tsv`/`.tab` use tabs
/// and `.psv` pipes; `.txt` and `.dat` files count as tables only when at least five lines split into the same
/// number (three or more) of cells by one delimiter, so prose is never cut into cells.
package enum CSVDialect {
    /// Delimiters tried, in order of preference on a tie.
    static let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09, UInt8(ascii: "|")]
    /// Lines looked at.
    static let sampleLines = 20

    /// Extensions of files that may be tables; others are never read as tables.
    static let extensions: Set<String> = ["csv", "tsv", "tab", "psv", "txt", "dat"]

    /// True when the file at `path` may be a table, by its extension alone: the first bytes decide.
    package static func mayBeTable(_ path: String) -> Bool {
        extensions.contains(fileExtension(path))
    }

    /// The delimiter of the file at `path`, given its first bytes; nil when it is not read as a table.
    package static func delimiter(forPath path: String, firstBytes: UnsafeBufferPointer<UInt8>) -> UInt8? {
        switch fileExtension(path) {
        case "csv": return sniff(firstBytes, minimumLines: 2, minimumCells: 2) ?? UInt8(ascii: ",")
        case "tsv", "tab": return 0x09
        case "psv": return UInt8(ascii: "|")
        case "txt", "dat": return sniff(firstBytes, minimumLines: 5, minimumCells: 3, everyLine: true)
        default: return nil
        }
    }

    /// The delimiter that splits the most lines into the same number of cells (at least `minimumCells`): in
    /// every line with `everyLine`, else in four of five. Delimiters between quotes do not count.
    static func sniff(
        _ bytes: UnsafeBufferPointer<UInt8>, minimumLines: Int, minimumCells: Int, everyLine: Bool = false
    ) -> UInt8? {
        let counts = delimiterCounts(bytes)
        guard counts.count >= minimumLines else { return nil }
        var best: (delimiter: UInt8, cells: Int)?
        for (index, delimiter) in candidates.enumerated() {
            let perLine = counts.map { $0[index] }
            let mode = Dictionary(perLine.map { ($0, 1) }, uniquingKeysWith: +).max {
                ($0.value, $0.key) < ($1.value, $1.key)
            }!
            let agreeing = mode.value
            let consistent = everyLine ? agreeing == perLine.count : agreeing * 5 >= perLine.count * 4
            guard consistent, mode.key + 1 >= minimumCells else { continue }
            if best == nil || mode.key + 1 > best!.cells { best = (delimiter, mode.key + 1) }
        }
        return best?.delimiter
    }

    /// Per complete line among the first `sampleLines`, how often each candidate occurs outside quotes. A quoted
    /// newline does not end a line.
    private static func delimiterCounts(_ bytes: UnsafeBufferPointer<UInt8>) -> [[Int]] {
        var lines: [[Int]] = []
        var current = [Int](repeating: 0, count: candidates.count)
        var inQuotes = false
        for byte in bytes {
            if byte == UInt8(ascii: "\"") {
                inQuotes.toggle()
            } else if inQuotes {
                continue
            } else if byte == UInt8(ascii: "\n") {
                lines.append(current)
                guard lines.count < sampleLines else { break }
                current = [Int](repeating: 0, count: candidates.count)
            } else if let index = candidates.firstIndex(of: byte) {
                current[index] += 1
            }
        }
        return lines
    }

    /// The lower-cased extension of the file name at the end of `path` ("" for none).
    private static func fileExtension(_ path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: ".") else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
