/// One cell of a table held in a file: its table (0 in a file that is one table), its column (0-based), and the
/// file offsets of its content (inside quotes, without surrounding spaces). Empty cells are not listed.
package struct TableCell: Equatable, Sendable {
    package var table: Int
    package var column: Int
    package var start: Int
    package var end: Int

    package init(table: Int = 0, column: Int, start: Int, end: Int) {
        self.table = table
        self.column = column
        self.start = start
        self.end = end
    }
}

/// A file read as tables, chunk by chunk: a delimited file (`DelimitedFile`, one table), a SQL dump
/// (`SQLDumpFile`, one table per `INSERT`/`COPY` target) or JSON (`JSONTableFile`, one table per array of
/// records). Names go through the scan's `FieldNaming`.
package protocol TableFile: AnyObject {
    /// Parses the part of the chunk's reported range not parsed yet; `cells` and `delimiters` then hold what ended
    /// in it. Call once per chunk, in order.
    func consume(_ chunk: Chunk)
    /// Cells that ended in the last consumed chunk's reported range, in file order.
    var cells: [TableCell] { get }
    /// File offsets of the commas between cells in the last consumed chunk's reported range: the detectors read
    /// them as tabs, so a value is bounded by its cell.
    var delimiters: [Int] { get }
    /// How many tables have been seen so far.
    var tableCount: Int { get }
    /// A table's name as reports may show it (nil for a table that has no name of its own, as a delimited file)
    /// and its columns' names ("" where not known).
    func table(_ index: Int) -> (name: String?, columns: [String])
    /// The `field` of a finding in a cell: the column's name, prefixed by its table's in a file of several.
    func field(ofColumn column: Int, inTable table: Int) -> String?
    /// A reader of the same kind, at the start of the file.
    func restarted() -> any TableFile
}

extension TableFile {
    /// The cell of the last consumed chunk that holds `fileOffset`.
    package func cell(containing fileOffset: Int) -> TableCell? {
        let cells = self.cells
        var low = 0
        var high = cells.count
        while low < high {
            let middle = (low + high) / 2
            if cells[middle].end <= fileOffset { low = middle + 1 } else { high = middle }
        }
        guard low < cells.count, cells[low].start <= fileOffset else { return nil }
        return cells[low]
    }
}

/// Which files are read as tables.
package enum TableFiles {
    /// True when the file at `path` may be a table, by its extension alone: its first bytes decide.
    package static func mayBeTable(_ path: String) -> Bool {
        CSVDialect.mayBeTable(path) || SQLDumpFile.isDump(path) || JSONTableFile.mayBeTable(path)
    }

    /// The table reader for the file at `path` given its first bytes; nil when it is not read as tables.
    package static func open(_ path: String, firstBytes: UnsafeBufferPointer<UInt8>, naming: FieldNaming)
        -> (any TableFile)?
    {
        if SQLDumpFile.isDump(path) { return SQLDumpFile(naming: naming) }
        if JSONTableFile.mayBeTable(path) { return JSONTableFile.open(path, firstBytes: firstBytes, naming: naming) }
        return CSVDialect.delimiter(forPath: path, firstBytes: firstBytes).map {
            DelimitedFile(delimiter: $0, naming: naming)
        }
    }
}
