import Glibc

/// The CSV parser (RFC 4180 quoting, quoted newlines, `""` escapes, CRLF, any one-byte delimiter): fed consecutive
/// byte ranges of a file, it lists the data cells that end in each range and the offsets of the delimiters
/// between cells. The first row becomes the header when `CSVHeaderRule` says so, from that row alone, so the
/// answer does not depend on where the file was cut; header names go through `naming`, so a value that slipped
/// through is masked.
package struct CSVCellParser {
    private enum Mode {
        case fieldStart, unquoted, quoted, quoteInQuoted
    }

    /// Header names are cut at this many bytes and columns beyond this count are not named.
    static let maxNameBytes = 256
    static let maxColumns = 4096

    package let delimiter: UInt8
    private let naming: FieldNaming
    /// The header's names (masked where they hold a value); empty when the first row was data.
    package private(set) var headers: [String] = []
    /// False once the first non-blank row has ended.
    package private(set) var inHeader = true
    /// The column of the next byte.
    package private(set) var column = 0
    /// The file offset of the next byte.
    package private(set) var position = 0
    private var mode = Mode.fieldStart
    /// File offsets of the current cell's content: from its first byte to past its last non-space byte (or to
    /// its closing quote).
    private var contentStart = 0
    private var contentEnd = 0
    private var quoted = false
    /// The first row's cells and their bytes, kept until the row ends and is named or found to be data.
    private var firstRow: [(cell: TableCell, bytes: [UInt8])] = []
    private var name: [UInt8] = []

    package init(delimiter: UInt8, naming: FieldNaming) {
        self.delimiter = delimiter
        self.naming = naming
    }

    /// The header name of `column`; nil when the file has no header or the column is beyond it.
    package func name(ofColumn column: Int) -> String? {
        guard column < headers.count, !headers[column].isEmpty else { return nil }
        return headers[column]
    }

    /// Parses `bytes`, the file's bytes from offset `position` on: appends each data cell that ends in them to
    /// `cells`, and the file offset of each delimiter outside quotes to `delimiters`.
    package mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, cells: inout [TableCell], delimiters: inout [Int]) {
        guard let base = bytes.baseAddress else { return }
        let origin = position
        var index = 0
        if origin == 0, bytes.count >= 3, base[0] == 0xEF, base[1] == 0xBB, base[2] == 0xBF {
            index = 3  // A UTF-8 byte order mark is not part of the first name.
        }
        while index < bytes.count {
            if mode == .quoted {
                // Between quotes only the closing quote matters.
                let rest = bytes.count - index
                let stop =
                    memchr(base + index, Int32(UInt8(ascii: "\"")), rest).map {
                        base.distance(to: $0.assumingMemoryBound(to: UInt8.self))
                    } ?? bytes.count
                if inHeader { collect(base + index, count: stop - index) }
                index = stop
                guard index < bytes.count else { break }
                contentEnd = origin + index
                mode = .quoteInQuoted
                index += 1
                continue
            }
            if mode == .unquoted && !inHeader {
                index = skipContent(base, from: index, to: bytes.count, origin: origin)
                guard index < bytes.count else { break }
            }
            step(base[index], at: origin + index, cells: &cells, delimiters: &delimiters)
            index += 1
        }
        position = origin + bytes.count
    }

    /// The rest of an unquoted data cell up to its delimiter or newline, read in one tight loop (most bytes of a
    /// file are such content): returns where the separator is, with `contentEnd` past the last non-space byte.
    private mutating func skipContent(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int, origin: Int) -> Int {
        let delimiter = self.delimiter
        var index = start
        var lastContent = -1
        while index < end {
            let byte = base[index]
            if byte == delimiter || byte == 0x0A { break }
            if byte != 0x20 && byte != 0x09 && byte != 0x0D { lastContent = index }
            index += 1
        }
        if lastContent >= 0 { contentEnd = origin + lastContent + 1 }
        return index
    }

    /// Ends the last record of a file that does not end with a newline.
    package mutating func finish(cells: inout [TableCell]) {
        if mode == .quoted { contentEnd = position }
        endCell(cells: &cells)
        endRecord(cells: &cells)
    }

    /// One byte outside quotes.
    private mutating func step(_ byte: UInt8, at offset: Int, cells: inout [TableCell], delimiters: inout [Int]) {
        if byte == delimiter {
            endCell(cells: &cells)
            delimiters.append(offset)
            column += 1
            mode = .fieldStart
            return
        }
        if byte == UInt8(ascii: "\n") {
            endCell(cells: &cells)
            endRecord(cells: &cells)
            return
        }
        let isSpace = byte == 0x20 || byte == 0x09 || byte == 0x0D
        switch mode {
        case .fieldStart:
            if byte == UInt8(ascii: "\"") {
                mode = .quoted
                quoted = true
                contentStart = offset + 1
            } else if !isSpace {
                mode = .unquoted
                quoted = false
                contentStart = offset
                contentEnd = offset + 1
                if inHeader { name.append(byte) }
            }
        case .unquoted:
            if !isSpace { contentEnd = offset + 1 }
            if inHeader { name.append(byte) }
        case .quoteInQuoted:
            if byte == UInt8(ascii: "\"") {
                // An escaped quote: the cell goes on.
                mode = .quoted
                if inHeader { name.append(byte) }
            } else if !isSpace {
                // Text after the closing quote (`"ab"cd`): the cell runs on to the next separator.
                mode = .unquoted
                quoted = false
                contentEnd = offset + 1
                if inHeader { name.append(byte) }
            }
        case .quoted:
            preconditionFailure("quoted bytes are skipped by feed")
        }
    }

    private mutating func collect(_ bytes: UnsafePointer<UInt8>, count: Int) {
        let room = max(0, Self.maxNameBytes - name.count)
        name.append(contentsOf: UnsafeBufferPointer(start: bytes, count: min(count, room)))
    }

    private mutating func endCell(cells: inout [TableCell]) {
        defer { name.removeAll(keepingCapacity: true) }
        guard mode != .fieldStart, contentStart < contentEnd else { return }
        let cell = TableCell(column: column, start: contentStart, end: contentEnd)
        if !inHeader {
            cells.append(cell)
        } else if firstRow.count < Self.maxColumns {
            firstRow.append((cell, Array(Self.trimmed(name.prefix(Self.maxNameBytes)))))
        }
    }

    private mutating func endRecord(cells: inout [TableCell]) {
        column = 0
        mode = .fieldStart
        // A blank first line is not a header.
        guard inHeader, !firstRow.isEmpty else { return }
        inHeader = false
        var names = [[UInt8]](repeating: [], count: firstRow.last!.cell.column + 1)
        for entry in firstRow { names[entry.cell.column] = entry.bytes }
        if CSVHeaderRule.isHeader(names, naming: naming) {
            headers = names.map { $0.isEmpty ? "" : $0.withUnsafeBufferPointer(naming.name).text }
        } else {
            cells.append(contentsOf: firstRow.map(\.cell))
        }
        firstRow = []
    }

    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = bytes
        while let last = slice.last, last == 0x20 || last == 0x09 || last == 0x0D { slice.removeLast() }
        return slice
    }
}
