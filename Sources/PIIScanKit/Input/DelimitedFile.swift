/// A delimited file read chunk by chunk: for each chunk, the data cells and the delimiters of its reported range,
/// and the header's names. One per file.
package final class DelimitedFile: TableFile {
    private var parser: CSVCellParser
    /// Data cells that ended in the last consumed chunk's reported range, in file order.
    package private(set) var cells: [TableCell] = []
    /// File offsets of the delimiters outside quotes in the last consumed chunk's reported range.
    package private(set) var delimiters: [Int] = []

    private let naming: FieldNaming

    package init(delimiter: UInt8, naming: FieldNaming) {
        parser = CSVCellParser(delimiter: delimiter, naming: naming)
        self.naming = naming
    }

    package func restarted() -> any TableFile {
        DelimitedFile(delimiter: delimiter, naming: naming)
    }

    package var delimiter: UInt8 { parser.delimiter }

    /// Parses the part of the chunk's reported range not parsed yet; `cells` and `delimiters` then hold what ended
    /// in it (with the file's last cell when the chunk is its last). Call once per chunk, in order.
    package func consume(_ chunk: Chunk) {
        cells.removeAll(keepingCapacity: true)
        delimiters.removeAll(keepingCapacity: true)
        let start = parser.position - chunk.fileOffset
        precondition(start >= 0, "a chunk of the file was skipped")
        if start < chunk.reportUntil {
            let bytes = UnsafeRawBufferPointer(rebasing: chunk.bytes[start..<chunk.reportUntil])
            parser.feed(bytes.assumingMemoryBound(to: UInt8.self), cells: &cells, delimiters: &delimiters)
        }
        if chunk.isLast { parser.finish(cells: &cells) }
    }

    package var tableCount: Int { 1 }

    package func table(_ index: Int) -> (name: String?, columns: [String]) {
        (nil, parser.headers)
    }

    /// The header name of `column`; nil when the file has no header or the column is beyond it.
    package func field(ofColumn column: Int, inTable table: Int) -> String? {
        parser.name(ofColumn: column)
    }

    /// The header's names; empty when the first row was data (or has not ended yet).
    package var headers: [String] { parser.headers }
}
