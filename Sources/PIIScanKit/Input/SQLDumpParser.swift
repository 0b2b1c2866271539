/// The statements of a SQL dump (pg_dump, mysqldump) as far as tables are concerned, fed in consecutive byte
/// ranges: `CREATE TABLE` gives a table's columns, `INSERT INTO t [(cols)] VALUES (…), (…);` and pg_dump's
/// `COPY t (cols) FROM stdin;` tab-separated rows up to `\.` give cells. Everything else is skipped, with
/// strings, quoted identifiers, comments and dollar quotes (`$$ … $$` function bodies) read so that no `;` inside
/// them ends a statement. Each statement's head (up to `maxHeadBytes`) is kept to be read by `SQLLexer`.
struct SQLDumpParser {
    /// What the parser stands in.
    private enum Mode {
        /// A statement's text, outside its values.
        case statement
        /// A `COPY … FROM stdin;` waiting for the end of its line.
        case copyHeader
        /// The rows of a `COPY`.
        case copyRows
        /// The tuples of an `INSERT … VALUES`.
        case values
    }

    /// Where in a statement's text the parser stands.
    private enum Lexical {
        case code, singleQuote, doubleQuote, backtick, lineComment, blockComment, dollarQuote
    }

    /// A statement's head is cut at this many bytes (its columns are then not read).
    static let maxHeadBytes = 64 << 10

    /// The table a `COPY` or `INSERT` fills, with its statement's columns mapped to the table's.
    struct Target {
        var table: Int
        var columns: [Int]
    }

    private var mode = Mode.statement
    private var lexical = Lexical.code
    private var head: [UInt8] = []
    private var previous: UInt8 = 0
    private var beforePrevious: UInt8 = 0
    private var dollarTag: [UInt8] = []
    private var dollarMatched = 0
    private var blockDepth = 0
    private var target: Target?
    /// Statement bytes since `$` in code, while they may still be a dollar-quote tag.
    private var tagCandidate: [UInt8]?
    /// Backslash escapes in every string: mysqldump (backquoted names) writes `\'`.
    private var backslashEscapes = false
    /// Backslash escapes in the current string (`E'…'`, or all strings of a MySQL dump).
    private var stringEscapes = false
    private var escapeNext = false
    /// The bare token being read is, so far, a prefix of `NULL` (`nullLength` bytes of it).
    private var nullLength = 0
    // Values and rows.
    private var depth = 0
    private var column = 0
    private var cellStart = -1
    private var cellEnd = -1
    private var columnDone = false
    private var inString = false
    private var quotePending = false

    /// Reads `bytes` (file offset `origin`), calling `statement` with each statement head that may define a table
    /// or start its values (it returns the target whose cells follow), and appending cells and the commas
    /// between values.
    mutating func feed(
        _ bytes: UnsafeBufferPointer<UInt8>, origin: Int, cells: inout [TableCell], delimiters: inout [Int],
        statement: (_ head: [UInt8], _ complete: Bool) -> Target?
    ) {
        for index in 0..<bytes.count {
            let byte = bytes[index]
            let offset = origin + index
            switch mode {
            case .statement: statementByte(byte, statement: statement)
            case .copyHeader:
                if byte == UInt8(ascii: "\n") {
                    mode = .copyRows
                    startRow(at: offset + 1)
                }
            case .copyRows: copyByte(byte, at: offset, cells: &cells)
            case .values: valuesByte(byte, at: offset, cells: &cells, delimiters: &delimiters)
            }
            beforePrevious = previous
            previous = byte
        }
    }

    // MARK: - Statements

    private mutating func statementByte(_ byte: UInt8, statement: (_ head: [UInt8], _ complete: Bool) -> Target?) {
        switch lexical {
        case .code:
            codeByte(byte, statement: statement)
            return
        case .singleQuote:
            if escapeNext {
                escapeNext = false
            } else if byte == UInt8(ascii: "\\") && stringEscapes {
                escapeNext = true
            } else if byte == UInt8(ascii: "'") {
                lexical = .code
            }
        case .doubleQuote: if byte == UInt8(ascii: "\"") { lexical = .code }
        case .backtick: if byte == UInt8(ascii: "`") { lexical = .code }
        case .lineComment:
            if byte == UInt8(ascii: "\n") { lexical = .code }
            return
        case .blockComment:
            if previous == UInt8(ascii: "*") && byte == UInt8(ascii: "/") {
                lexical = .code
                return
            }
            return
        case .dollarQuote:
            dollarByte(byte)
        }
        keep(byte)
    }

    private mutating func codeByte(_ byte: UInt8, statement: (_ head: [UInt8], _ complete: Bool) -> Target?) {
        if var tag = tagCandidate {
            tag.append(byte)
            if byte == UInt8(ascii: "$") {
                dollarTag = tag
                dollarMatched = 0
                lexical = .dollarQuote
                tagCandidate = nil
                keep(byte)
                return
            }
            tagCandidate = Self.isTagByte(byte) && tag.count < 64 ? tag : nil
        }
        switch byte {
        case UInt8(ascii: "'"):
            lexical = .singleQuote
            stringEscapes = backslashEscapes || previous == UInt8(ascii: "E") || previous == UInt8(ascii: "e")
        case UInt8(ascii: "\""): lexical = .doubleQuote
        case UInt8(ascii: "`"):
            lexical = .backtick
            backslashEscapes = true
        case UInt8(ascii: "-") where previous == UInt8(ascii: "-"):
            if head.last == previous { head.removeLast() }
            lexical = .lineComment
            return
        case UInt8(ascii: "*") where previous == UInt8(ascii: "/"):
            if head.last == previous { head.removeLast() }
            lexical = .blockComment
            return
        case UInt8(ascii: "$") where tagCandidate == nil && !Self.isTagByte(previous):
            tagCandidate = [byte]
        case UInt8(ascii: ";"):
            let found = statement(head, true)
            head.removeAll(keepingCapacity: true)
            if let found {
                target = found
                mode = .copyHeader
            }
            return
        default: break
        }
        keep(byte)
        if (byte | 0x20) == UInt8(ascii: "s"), Self.endsWithValues(head), let found = statement(head, false) {
            head.removeAll(keepingCapacity: true)
            target = found
            mode = .values
            depth = 0
            cellStart = -1
            inString = false
            quotePending = false
        }
    }

    private mutating func dollarByte(_ byte: UInt8) {
        if byte == dollarTag[dollarMatched] {
            dollarMatched += 1
            if dollarMatched == dollarTag.count { lexical = .code }
        } else {
            dollarMatched = byte == dollarTag[0] ? 1 : 0
        }
    }

    private mutating func keep(_ byte: UInt8) {
        if head.count < Self.maxHeadBytes && !(head.isEmpty && SQLDumpParser.isSpace(byte)) { head.append(byte) }
    }

    private static func isTagByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || byte == UInt8(ascii: "_")
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// True when the head starts with `INSERT` and ends with the word `VALUES`.
    private static func endsWithValues(_ head: [UInt8]) -> Bool {
        let word = Array("values".utf8)
        guard head.count > word.count + 6 else { return false }
        for (offset, letter) in word.enumerated() where head[head.count - word.count + offset] | 0x20 != letter {
            return false
        }
        let before = head[head.count - word.count - 1]
        guard !isTagByte(before) else { return false }
        return zip(head.prefix(6), "insert".utf8).allSatisfy { $0 | 0x20 == $1 }
    }

    // MARK: - COPY rows

    private mutating func startRow(at offset: Int) {
        column = 0
        cellStart = offset
    }

    /// pg_dump's text format: tabs between cells, `\N` for NULL, backslash escapes kept as written, `\.` alone
    /// on a line ends the rows.
    private mutating func copyByte(_ byte: UInt8, at offset: Int, cells: inout [TableCell]) {
        guard byte == 0x09 || byte == 0x0A else { return }
        let carriageReturn = byte == 0x0A && previous == 0x0D
        let end = carriageReturn ? offset - 1 : offset
        let last = carriageReturn ? beforePrevious : previous
        // Two bytes, the first a backslash: `\.` or `\N`.
        let escaped = end - cellStart == 2 && (carriageReturn || beforePrevious == UInt8(ascii: "\\"))
        if escaped && last == UInt8(ascii: ".") && byte == 0x0A && column == 0 {
            mode = .statement
            target = nil
            return
        }
        let isNull = escaped && last == UInt8(ascii: "N")
        if end > cellStart && !isNull { emit(start: cellStart, end: end, cells: &cells) }
        if byte == 0x09 {
            column += 1
            cellStart = offset + 1
        } else {
            startRow(at: offset + 1)
        }
    }

    // MARK: - INSERT values

    /// Tuples of literals: a quoted string's content or a bare token (`42`, `TRUE`; `NULL` is no cell) at depth 1
    /// is the cell of its column; what follows it in the same column (`::date`, a function's arguments) is not.
    private mutating func valuesByte(
        _ byte: UInt8, at offset: Int, cells: inout [TableCell], delimiters: inout [Int]
    ) {
        if inString {
            stringByte(byte, at: offset, cells: &cells)
            return
        }
        if quotePending {
            quotePending = false
            if byte == UInt8(ascii: "'") {
                // A doubled quote: the string goes on.
                inString = true
                return
            }
            endString(at: offset - 1, cells: &cells)
        }
        switch byte {
        case UInt8(ascii: "'"):
            // `E'…'`: the E is no token of its own, and backslashes escape.
            let prefixed = cellStart == offset - 1 && (previous | 0x20) == UInt8(ascii: "e")
            if prefixed { cellStart = -1 } else { endToken(at: offset, cells: &cells) }
            stringEscapes = backslashEscapes || prefixed
            inString = true
            if depth == 1 && !columnDone { cellStart = offset + 1 }
        case UInt8(ascii: "("):
            endToken(at: offset, cells: &cells)
            depth += 1
            if depth == 1 {
                column = 0
                columnDone = false
            }
        case UInt8(ascii: ")"):
            endToken(at: offset, cells: &cells)
            depth = max(0, depth - 1)
        case UInt8(ascii: ","):
            endToken(at: offset, cells: &cells)
            if depth == 1 {
                delimiters.append(offset)
                column += 1
                columnDone = false
            }
        case UInt8(ascii: ";") where depth == 0:
            mode = .statement
            target = nil
        case 0x20, 0x09, 0x0A, 0x0D:
            endToken(at: offset, cells: &cells)
        default:
            guard depth == 1 && !columnDone else { return }
            if cellStart < 0 {
                cellStart = offset
                nullLength = 0
            }
            let null = Array("null".utf8)
            let position = offset - cellStart
            nullLength = position == nullLength && position < 4 && byte | 0x20 == null[position] ? position + 1 : -1
        }
    }

    private mutating func stringByte(_ byte: UInt8, at offset: Int, cells: inout [TableCell]) {
        if escapeNext {
            escapeNext = false
        } else if byte == UInt8(ascii: "\\") && stringEscapes {
            escapeNext = true
        } else if byte == UInt8(ascii: "'") {
            inString = false
            quotePending = true
        }
    }

    private mutating func endString(at quote: Int, cells: inout [TableCell]) {
        guard depth == 1, !columnDone, cellStart >= 0 else { return }
        if quote > cellStart { emit(start: cellStart, end: quote, cells: &cells) }
        columnDone = true
        cellStart = -1
    }

    /// Ends a bare token (a number, `TRUE`, `NULL`) at the cell's first separator.
    private mutating func endToken(at offset: Int, cells: inout [TableCell]) {
        guard depth == 1, !columnDone, cellStart >= 0 else { return }
        if !(nullLength == 4 && offset - cellStart == 4) { emit(start: cellStart, end: offset, cells: &cells) }
        columnDone = true
        cellStart = -1
    }

    private mutating func emit(start: Int, end: Int, cells: inout [TableCell]) {
        guard let target, column < target.columns.count else { return }
        cells.append(TableCell(table: target.table, column: target.columns[column], start: start, end: end))
    }
}
