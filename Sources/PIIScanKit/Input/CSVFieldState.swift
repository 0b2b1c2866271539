import Glibc

/// CSV/TSV structure (RFC 4180 quoting, quoted newlines): the header row's names, then the column of each byte.
/// Whether the first row is a header at all is decided when it ends (`CSVHeaderRule`); header names go through
/// `naming`, so a value that slipped through is masked.
struct CSVFieldState: FieldState {
    private enum Mode {
        case fieldStart, unquoted, quoted, quoteInQuoted
    }

    /// Header names are cut at this many bytes and columns beyond this count are not named.
    static let maxNameBytes = 256
    static let maxColumns = 4096

    let delimiter: UInt8
    private let naming: FieldNaming
    private(set) var headers: [String] = []
    /// The first row's cells as written, named once the row ends.
    private var rawHeaders: [[UInt8]] = []
    private var inHeader = true
    private var column = 0
    private var mode = Mode.fieldStart
    private var name: [UInt8] = []

    init(delimiter: UInt8, naming: FieldNaming) {
        self.delimiter = delimiter
        self.naming = naming
    }

    var resetsAtNewline: Bool { false }

    /// Never called: a quoted field may span lines.
    mutating func reset() {}

    var field: String? {
        guard !inHeader, column < headers.count, !headers[column].isEmpty else { return nil }
        return headers[column]
    }

    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while inHeader && index < bytes.count {
            step(bytes[index])
            index += 1
        }
        guard index < bytes.count, let base = bytes.baseAddress else { return }
        feedData(base, from: index, to: bytes.count)
    }

    /// Data rows: only quotes, delimiters and newlines matter. Between quotes (found with `memchr`), only the
    /// delimiters after the last newline change the state, so most bytes are never looked at one by one.
    private mutating func feedData(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int) {
        let quote = UInt8(ascii: "\"")
        var index = start
        while index < end {
            if mode == .quoted {
                guard let found = memchr(base + index, Int32(quote), end - index) else { return }
                index = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                mode = .quoteInQuoted
                continue
            }
            if mode == .quoteInQuoted {
                if base[index] == quote {
                    mode = .quoted
                    index += 1
                    continue
                }
                mode = .unquoted
            }
            let segmentEnd =
                memchr(base + index, Int32(quote), end - index).map {
                    base.distance(to: $0.assumingMemoryBound(to: UInt8.self))
                } ?? end
            countSeparators(base, from: index, to: segmentEnd)
            index = segmentEnd
            if index < end {
                if mode == .fieldStart { mode = .quoted }
                index += 1
            }
        }
    }

    /// Applies a quote-free run of bytes: the last newline starts a record, then each delimiter starts a field.
    private mutating func countSeparators(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int) {
        guard start < end else { return }
        var first = start
        var index = end
        while index > start {
            index -= 1
            if base[index] == UInt8(ascii: "\n") {
                column = 0
                mode = .fieldStart
                first = index + 1
                break
            }
        }
        let delimiter = self.delimiter
        var delimiters = 0
        for offset in first..<end where base[offset] == delimiter { delimiters += 1 }
        column += delimiters
        if first < end { mode = base[end - 1] == delimiter ? .fieldStart : .unquoted }
    }

    /// One byte of the header row: the same state machine, also collecting the names.
    private mutating func step(_ byte: UInt8) {
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
        if rawHeaders.count < Self.maxColumns { rawHeaders.append(Array(Self.trimmed(name))) }
        name.removeAll(keepingCapacity: true)
    }

    private mutating func endRecord() {
        // A blank first line is not a header.
        if inHeader && !(rawHeaders.count == 1 && rawHeaders[0].isEmpty) {
            inHeader = false
            if CSVHeaderRule.isHeader(rawHeaders, naming: naming) {
                headers = rawHeaders.map { $0.isEmpty ? "" : $0.withUnsafeBufferPointer(naming.name).text }
            }
            rawHeaders = []
        } else if inHeader {
            rawHeaders.removeAll()
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
