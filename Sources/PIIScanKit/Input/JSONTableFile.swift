/// A JSON file read as tables: every array of objects met outside a record (`[{…}, …]` at the top, or nested under
/// keys as in `{"data": {"items": [{…}]}}`) is a table named by its path (`$.data.items[*]`), each of its objects a
/// record, and each scalar under a record a cell of the column named by its path in the record
/// (`customer.lastName`, `addresses[*].city`). In JSON Lines (`.ndjson`, `.jsonl`, or a `.json` file of one object
/// per line) the lines' objects are the records of one table, `$[*]`. Names go through `naming`.
package final class JSONTableFile: TableFile {
    private var parser: JSONRecordParser
    private let naming: FieldNaming
    package private(set) var cells: [TableCell] = []
    /// Values are bounded by their quotes: no delimiter needs marking.
    package let delimiters: [Int] = []
    private var position = 0

    /// `lines`: the file is JSON Lines.
    package init(lines: Bool, naming: FieldNaming) {
        parser = JSONRecordParser(lines: lines, naming: naming)
        self.naming = naming
    }

    package func restarted() -> any TableFile {
        JSONTableFile(lines: parser.lines, naming: naming)
    }

    /// The reader for a `.json`, `.ndjson` or `.jsonl` file (any case) whose first bytes open an object or an
    /// array; nil for any other file.
    package static func open(_ path: String, firstBytes: UnsafeBufferPointer<UInt8>, naming: FieldNaming)
        -> JSONTableFile?
    {
        guard let kind = kind(of: path), let first = firstSignificantByte(firstBytes),
            first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
        else { return nil }
        return JSONTableFile(lines: kind != "json" || isLines(firstBytes), naming: naming)
    }

    /// True for a file that may be read as JSON tables, by its extension.
    package static func mayBeTable(_ path: String) -> Bool {
        kind(of: path) != nil
    }

    private static func kind(of path: String) -> String? {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: ".") else { return nil }
        let kind = name[name.index(after: dot)...].lowercased()
        return ["json", "ndjson", "jsonl"].contains(kind) ? kind : nil
    }

    /// The first byte that is not white space or a UTF-8 byte order mark.
    private static func firstSignificantByte(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8? {
        bytes.first { !isSpace($0) && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
            || byte == UInt8(ascii: "\n")
    }

    /// A `.json` file written as JSON Lines: its first line is one whole object (`{` … `}`) and the next line
    /// starts another.
    private static func isLines(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) else { return false }
        let line = bytes[..<newline].filter { !isSpace($0) && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }
        guard line.count >= 2, line.first == UInt8(ascii: "{"), line.last == UInt8(ascii: "}") else { return false }
        return firstSignificantByte(UnsafeBufferPointer(rebasing: bytes[(newline + 1)...])) == UInt8(ascii: "{")
    }

    package func consume(_ chunk: Chunk) {
        cells.removeAll(keepingCapacity: true)
        let start = position - chunk.fileOffset
        precondition(start >= 0, "a chunk of the file was skipped")
        guard start < chunk.reportUntil else { return }
        let bytes = UnsafeRawBufferPointer(rebasing: chunk.bytes[start..<chunk.reportUntil])
        parser.feed(bytes.assumingMemoryBound(to: UInt8.self), origin: position, cells: &cells)
        position = chunk.reportedEnd
    }

    package var tableCount: Int { parser.tree.tables.count }

    /// A table's path as its name, nil for one whose path has no key (`$[*]`: the file's name says more).
    package func table(_ index: Int) -> (name: String?, columns: [String]) {
        let table = parser.tree.tables[index]
        return (parser.tree.hasKey(index) ? table.name : nil, table.columns)
    }

    /// The column's path under its table's: `$.data[*].customer.lastName`.
    package func field(ofColumn column: Int, inTable table: Int) -> String? {
        let tables = parser.tree.tables
        guard table < tables.count, column < tables[table].columns.count else { return nil }
        return tables[table].name + "." + tables[table].columns[column]
    }
}
