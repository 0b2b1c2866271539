/// CSV/TSV structure (RFC 4180 quoting, quoted newlines): the header row's names, then the column of each byte.
struct CSVFieldState: FieldState {
    private enum Mode {
        case fieldStart, unquoted, quoted, quoteInQuoted
    }

    /// Header names are cut at this many bytes and columns beyond this count are not named.
    static let maxNameBytes = 256
    static let maxColumns = 4096

    let delimiter: UInt8
    private(set) var headers: [String] = []
    private var inHeader = true
    private var column = 0
    private var mode = Mode.fieldStart
    private var name: [UInt8] = []

    init(delimiter: UInt8) {
        self.delimiter = delimiter
    }

    var field: String? {
        guard !inHeader, column < headers.count, !headers[column].isEmpty else { return nil }
        return headers[column]
    }

    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes {
            switch mode {
            case .fieldStart:
                if byte == UInt8(ascii: "\"") {
                    mode = .quoted
                } else {
                    mode = .unquoted
                    separatorOrContent(byte)
                }
            case .unquoted:
                separatorOrContent(byte)
            case .quoted:
                if byte == UInt8(ascii: "\"") { mode = .quoteInQuoted } else { content(byte) }
            case .quoteInQuoted:
                if byte == UInt8(ascii: "\"") {
                    mode = .quoted
                    content(byte)
                } else {
                    mode = .unquoted
                    separatorOrContent(byte)
                }
            }
        }
    }

    private mutating func separatorOrContent(_ byte: UInt8) {
        if byte == delimiter {
            endField()
            column += 1
            mode = .fieldStart
        } else if byte == UInt8(ascii: "\n") {
            endField()
            endRecord()
        } else {
            content(byte)
        }
    }

    private mutating func content(_ byte: UInt8) {
        if inHeader && name.count < Self.maxNameBytes { name.append(byte) }
    }

    private mutating func endField() {
        guard inHeader else { return }
        if headers.count < Self.maxColumns {
            headers.append(String(decoding: Self.trimmed(name), as: UTF8.self))
        }
        name.removeAll(keepingCapacity: true)
    }

    private mutating func endRecord() {
        // A blank first line is not a header.
        if inHeader && !(headers.count == 1 && headers[0].isEmpty) {
            inHeader = false
        } else if inHeader {
            headers.removeAll()
        }
        column = 0
        mode = .fieldStart
    }

    private static func trimmed(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0D }
        var slice = bytes[...]
        while let first = slice.first, isSpace(first) { slice.removeFirst() }
        while let last = slice.last, isSpace(last) { slice.removeLast() }
        return slice
    }
}
