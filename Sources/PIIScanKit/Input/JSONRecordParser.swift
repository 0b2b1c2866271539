/// The JSON parser behind `JSONTableFile`: fed consecutive byte ranges of a file, it lists the scalars of records
/// (objects in arrays, `JSONPathTree`) that end in each range as cells: a string's content inside its quotes
/// (escapes kept as written), a number's digits; `true`, `false`, `null` and empty strings are no cells.
///
/// It checks the grammar as it goes. In a document the first error ends the tables: the rest of the file is read
/// as if it held none. In JSON Lines every line is a document, so an error ends only its line.
struct JSONRecordParser {
    /// What the grammar allows next, outside strings and literals.
    private enum Expect {
        case value, valueOrClose, key, keyOrClose, colon, commaOrClose
    }

    private enum Lexical {
        case structure, string, stringEscape, key, keyEscape, number, literal
        /// JSON Lines: the rest of a malformed line is skipped.
        case skipLine
        /// A document that broke: nothing more is read.
        case broken
    }

    private struct Frame {
        var isArray: Bool
        /// The container's path; for an array, the path of its elements.
        var node: Int
        /// The path of the object's member read last; -1 before the first.
        var lastMember = -1
    }

    /// Deeper nesting is an error.
    static let maxDepth = 64

    /// True for JSON Lines: every line is a document of `$[*]`.
    let lines: Bool
    private(set) var tree: JSONPathTree
    private var frames: [Frame] = []
    private var expect = Expect.value
    private var lexical = Lexical.structure
    /// The path of the member whose key was read last.
    private var memberNode = -1
    /// The file offset of the current key's first byte; its bytes are read in place, or kept in `key` when
    /// they span consumed ranges (`keyInBuffer`).
    private var keyStart = 0
    private var keyInBuffer = false
    private var key: [UInt8] = []
    /// The table of the record being read and the depth of its object; -1 outside records.
    private var table = -1
    private var recordDepth = 0
    /// The current scalar's first byte (file offset) and path.
    private var valueStart = 0
    private var valueNode = -1

    init(lines: Bool, naming: FieldNaming) {
        self.lines = lines
        tree = JSONPathTree(naming: naming)
    }

    /// Parses `bytes`, the file's bytes from offset `origin` on, appending the cells that end in them.
    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, origin: Int, cells: inout [TableCell]) {
        guard let base = bytes.baseAddress else { return }
        let end = bytes.count
        var index = 0
        while index < end {
            switch lexical {
            case .structure:
                let byte = base[index]
                index += 1
                if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") { continue }
                structural(byte, at: origin + index - 1)
            case .string, .key:
                index = Self.stringStop(base, from: index, end: end)
                guard index < end else { break }
                let byte = base[index]
                index += 1
                if byte == UInt8(ascii: "\"") && lexical == .key {
                    closeKey(UnsafeBufferPointer(start: base, count: index - 1), origin: origin)
                } else if byte == UInt8(ascii: "\"") {
                    lexical = .structure
                    appendCell(end: origin + index - 1, cells: &cells)
                    valueEnded()
                } else if byte == UInt8(ascii: "\\") {
                    lexical = lexical == .key ? .keyEscape : .stringEscape
                } else {
                    unterminatedString()
                }
            case .stringEscape, .keyEscape:
                let byte = base[index]
                index += 1
                if byte == UInt8(ascii: "\n") {
                    unterminatedString()
                } else {
                    lexical = lexical == .keyEscape ? .key : .string
                }
            case .number, .literal:
                while index < end && Self.isLiteralByte(base[index]) { index += 1 }
                guard index < end else { break }
                if lexical == .number { appendCell(end: origin + index, cells: &cells) }
                lexical = .structure
                valueEnded()
            case .skipLine:
                while index < end && base[index] != UInt8(ascii: "\n") { index += 1 }
                guard index < end else { break }
                index += 1
                reset()
            case .broken:
                return
            }
        }
        if lexical == .key || lexical == .keyEscape {
            // The key goes on in the next range: keep what this one holds of it.
            keepKey(UnsafeBufferPointer(start: base, count: end), origin: origin)
        }
    }

    /// The index of the first byte from `index` on that can end a string (`"`, `\`, a newline), or `end`. Reads
    /// eight bytes at a time while it can.
    private static func stringStop(_ base: UnsafePointer<UInt8>, from start: Int, end: Int) -> Int {
        var index = start
        let ones: UInt64 = 0x0101_0101_0101_0101
        while index + 8 <= end {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            if hasByte(word, UInt8(ascii: "\""), ones) || hasByte(word, UInt8(ascii: "\\"), ones)
                || hasByte(word, UInt8(ascii: "\n"), ones)
            {
                break
            }
            index += 8
        }
        while index < end {
            let byte = base[index]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\n") { break }
            index += 1
        }
        return index
    }

    /// Whether one of the eight bytes of `word` is `byte`.
    @inline(__always)
    private static func hasByte(_ word: UInt64, _ byte: UInt8, _ ones: UInt64) -> Bool {
        let difference = word ^ (ones &* UInt64(byte))
        return (difference &- ones) & ~difference & (ones << 7) != 0
    }

    /// A byte of a number or of `true`/`false`/`null` (what ends one is checked as structure).
    private static func isLiteralByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "-"),
            UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "E"):
            return true
        default:
            return false
        }
    }

    private mutating func structural(_ byte: UInt8, at offset: Int) {
        if byte == UInt8(ascii: "\n") {
            if lines && !frames.isEmpty { reset() }  // The line ended inside its document.
            return
        }
        switch expect {
        case .value, .valueOrClose:
            if byte == UInt8(ascii: "]") && expect == .valueOrClose {
                close()
            } else {
                value(byte, at: offset)
            }
        case .key, .keyOrClose:
            if byte == UInt8(ascii: "\"") {
                keyStart = offset + 1
                keyInBuffer = false
                lexical = .key
            } else if byte == UInt8(ascii: "}") && expect == .keyOrClose {
                close()
            } else {
                fail()
            }
        case .colon:
            if byte == UInt8(ascii: ":") { expect = .value } else { fail() }
        case .commaOrClose:
            guard let top = frames.last else { return fail() }
            if byte == UInt8(ascii: ",") {
                expect = top.isArray ? .value : .key
            } else if byte == (top.isArray ? UInt8(ascii: "]") : UInt8(ascii: "}")) {
                close()
            } else {
                fail()
            }
        }
    }

    /// The first byte of a value.
    private mutating func value(_ byte: UInt8, at offset: Int) {
        let node: Int
        if let top = frames.last {
            node = top.isArray ? top.node : memberNode
        } else if offset < 3 && (byte == 0xEF || byte == 0xBB || byte == 0xBF) {
            return  // A UTF-8 byte order mark.
        } else {
            node = lines ? JSONPathTree.rootElement : JSONPathTree.root
        }
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            guard frames.count < Self.maxDepth else { return fail() }
            let isArray = byte == UInt8(ascii: "[")
            if !isArray && table < 0 {
                table = tree.table(ofRecordsAt: node)
                recordDepth = frames.count
            }
            frames.append(Frame(isArray: isArray, node: isArray ? tree.element(of: node) : node))
            expect = isArray ? .valueOrClose : .keyOrClose
        case UInt8(ascii: "\""):
            valueStart = offset + 1
            valueNode = node
            lexical = .string
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            valueStart = offset
            valueNode = node
            lexical = .number
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            lexical = .literal
        default:
            fail()
        }
    }

    /// The closing quote of a key, at the end of `bytes` (the file's bytes from offset `origin` on).
    private mutating func closeKey(_ bytes: UnsafeBufferPointer<UInt8>, origin: Int) {
        lexical = .structure
        expect = .colon
        let written = UnsafeBufferPointer(rebasing: bytes[(keyInBuffer ? 0 : keyStart - origin)...])
        guard let top = frames.last else { return }
        if keyInBuffer {
            appendToKey(written)
            keyInBuffer = false
            let kept = key
            memberNode = kept.withUnsafeBufferPointer { tree.member($0, of: top.node, after: top.lastMember) }
        } else {
            let name = UnsafeBufferPointer(rebasing: written.prefix(JSONPathTree.maxKeyBytes))
            memberNode = tree.member(name, of: top.node, after: top.lastMember)
        }
        frames[frames.count - 1].lastMember = memberNode
    }

    /// The range ends inside a key: its bytes in `bytes` (from file offset `origin` on) go to `key`.
    private mutating func keepKey(_ bytes: UnsafeBufferPointer<UInt8>, origin: Int) {
        let start = keyInBuffer ? 0 : keyStart - origin
        if !keyInBuffer {
            key.removeAll(keepingCapacity: true)
            keyInBuffer = true
        }
        appendToKey(UnsafeBufferPointer(rebasing: bytes[start...]))
    }

    private mutating func appendCell(end: Int, cells: inout [TableCell]) {
        guard table >= 0, valueNode >= 0, end > valueStart else { return }
        let column = tree.column(of: valueNode, inTable: table)
        if column >= 0 { cells.append(TableCell(table: table, column: column, start: valueStart, end: end)) }
    }

    private mutating func close() {
        frames.removeLast()
        if frames.count == recordDepth { table = -1 }
        valueEnded()
    }

    private mutating func valueEnded() {
        expect = frames.isEmpty ? .value : .commaOrClose
    }

    /// A raw newline in a string: the string never ended. In JSON Lines the next line is a new document.
    private mutating func unterminatedString() {
        if lines { reset() } else { fail() }
    }

    private mutating func fail() {
        lexical = lines ? .skipLine : .broken
    }

    /// JSON Lines: a new line, a new document.
    private mutating func reset() {
        frames.removeAll(keepingCapacity: true)
        table = -1
        expect = .value
        lexical = .structure
        keyInBuffer = false
    }

    private mutating func appendToKey(_ bytes: UnsafeBufferPointer<UInt8>) {
        let room = JSONPathTree.maxKeyBytes - key.count
        if room > 0 { key.append(contentsOf: UnsafeBufferPointer(rebasing: bytes.prefix(room))) }
    }
}
