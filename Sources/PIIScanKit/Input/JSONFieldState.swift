/// JSON structure: a stack of objects (with the current member's key) and arrays (with the current index), enough
/// to name the key path of any byte (`$.items[2].phone`). Keys are kept as written (escapes not decoded) and
/// named through `naming`, so a key that is itself a value (`{"<e-mail>": {...}}`) is masked in the path.
/// For NDJSON / JSON Lines every newline starts a new document, so one malformed line does not spoil the rest.
struct JSONFieldState: FieldState {
    private enum Lexical {
        case outside, key, keyEscape, string, stringEscape
    }

    private struct Frame {
        var isArray: Bool
        var index = 0
        var hasKey = false
        var expectingKey = true
    }

    /// Deeper nesting is followed but not named; keys are cut at this many bytes.
    static let maxDepth = 64
    static let maxKeyBytes = 256

    let resetsAtNewline: Bool
    private let naming: FieldNaming
    /// The innermost open container, kept out of `outer` so the frequent `,` and `:` touch no array.
    private var top = Frame(isArray: false)
    /// The containers around `top`, outermost first.
    private var outer: [Frame] = []
    /// Open containers tracked: `outer.count + 1`, or 0 at the top level.
    private var depth = 0
    /// One key buffer per depth, reused so that reading keys allocates nothing once warmed up.
    private var keys: [[UInt8]] = []
    private var tooDeep = 0
    private var lexical = Lexical.outside

    init(resetsAtNewline: Bool, naming: FieldNaming) {
        self.resetsAtNewline = resetsAtNewline
        self.naming = naming
    }

    var field: String? {
        guard tooDeep == 0, depth > 0 else { return nil }
        var path = "$"
        for (level, frame) in (outer + [top]).enumerated() {
            if frame.isArray {
                path += "[\(frame.index)]"
            } else if frame.hasKey && !frame.expectingKey {
                path += "." + keys[level].withUnsafeBufferPointer(naming.name).text
            }
        }
        return path
    }

    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        let end = bytes.count
        let newline = resetsAtNewline ? UInt8(ascii: "\n") : UInt8(ascii: "\"")
        var index = 0
        while index < end {
            switch lexical {
            case .outside:
                let byte = base[index]
                index += 1
                if byte != UInt8(ascii: " ") { structural(byte) }
            case .string, .key:
                // Skip to the next byte that can end the string.
                let start = index
                while index < end {
                    let byte = base[index]
                    if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == newline { break }
                    index += 1
                }
                if lexical == .key { appendToKey(UnsafeBufferPointer(start: base + start, count: index - start)) }
                guard index < end else { return }
                let byte = base[index]
                index += 1
                if byte == UInt8(ascii: "\n") && resetsAtNewline {
                    reset()
                } else if byte == UInt8(ascii: "\\") {
                    if lexical == .key { appendToKey(CollectionOfOne(byte)) }
                    lexical = lexical == .key ? .keyEscape : .stringEscape
                } else if lexical == .key {
                    top.hasKey = true
                    lexical = .outside
                } else {
                    lexical = .outside
                }
            case .keyEscape, .stringEscape:
                let byte = base[index]
                index += 1
                if byte == UInt8(ascii: "\n") && resetsAtNewline {
                    reset()
                } else if lexical == .keyEscape {
                    appendToKey(CollectionOfOne(byte))
                    lexical = .key
                } else {
                    lexical = .string
                }
            }
        }
    }

    private mutating func structural(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            guard tooDeep == 0, depth < Self.maxDepth else {
                tooDeep += 1
                return
            }
            if depth > 0 { outer.append(top) }
            top = Frame(isArray: byte == UInt8(ascii: "["))
            depth += 1
            if keys.count < depth { keys.append([]) }
        case UInt8(ascii: "}"), UInt8(ascii: "]"):
            if tooDeep > 0 {
                tooDeep -= 1
            } else if depth > 0 {
                depth -= 1
                if depth > 0 { top = outer.removeLast() }
            }
        case UInt8(ascii: ","):
            guard tooDeep == 0, depth > 0 else { return }
            if top.isArray {
                top.index += 1
            } else {
                top.expectingKey = true
                top.hasKey = false
            }
        case UInt8(ascii: ":"):
            guard tooDeep == 0, depth > 0 else { return }
            top.expectingKey = false
        case UInt8(ascii: "\""):
            if tooDeep == 0, depth > 0, !top.isArray, top.expectingKey {
                keys[depth - 1].removeAll(keepingCapacity: true)
                lexical = .key
            } else {
                lexical = .string
            }
        case UInt8(ascii: "\n") where resetsAtNewline:
            reset()
        default:
            break
        }
    }

    mutating func reset() {
        outer.removeAll(keepingCapacity: true)
        depth = 0
        tooDeep = 0
        lexical = .outside
    }

    private mutating func appendToKey(_ bytes: some Collection<UInt8>) {
        guard depth > 0, tooDeep == 0, !bytes.isEmpty else { return }
        let room = Self.maxKeyBytes - keys[depth - 1].count
        if room > 0 { keys[depth - 1].append(contentsOf: bytes.prefix(room)) }
    }
}
