/// JSON structure: a stack of objects (with the current member's key) and arrays (with the current index), enough
/// to name the key path of any byte (`$.items[2].phone`). Keys are kept as written (escapes not decoded).
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
    private var stack: [Frame] = []
    /// One key buffer per depth, reused so that reading keys allocates nothing once warmed up.
    private var keys: [[UInt8]] = []
    private var tooDeep = 0
    private var lexical = Lexical.outside

    init(resetsAtNewline: Bool) {
        self.resetsAtNewline = resetsAtNewline
    }

    var field: String? {
        guard tooDeep == 0, !stack.isEmpty else { return nil }
        var path = "$"
        for (depth, frame) in stack.enumerated() {
            if frame.isArray {
                path += "[\(frame.index)]"
            } else if frame.hasKey && !frame.expectingKey {
                path += "." + String(decoding: keys[depth], as: UTF8.self)
            }
        }
        return path
    }

    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes {
            if byte == UInt8(ascii: "\n") && resetsAtNewline {
                stack.removeAll(keepingCapacity: true)
                tooDeep = 0
                lexical = .outside
                continue
            }
            switch lexical {
            case .outside: structural(byte)
            case .string:
                if byte == UInt8(ascii: "\\") {
                    lexical = .stringEscape
                } else if byte == UInt8(ascii: "\"") {
                    lexical = .outside
                }
            case .stringEscape: lexical = .string
            case .key:
                if byte == UInt8(ascii: "\"") {
                    lexical = .outside
                    stack[stack.count - 1].hasKey = true
                } else {
                    if byte == UInt8(ascii: "\\") { lexical = .keyEscape }
                    appendToKey(byte)
                }
            case .keyEscape:
                lexical = .key
                appendToKey(byte)
            }
        }
    }

    private mutating func structural(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            guard tooDeep == 0, stack.count < Self.maxDepth else {
                tooDeep += 1
                return
            }
            stack.append(Frame(isArray: byte == UInt8(ascii: "[")))
            if keys.count < stack.count { keys.append([]) }
        case UInt8(ascii: "}"), UInt8(ascii: "]"):
            if tooDeep > 0 {
                tooDeep -= 1
            } else if !stack.isEmpty {
                stack.removeLast()
            }
        case UInt8(ascii: ","):
            guard tooDeep == 0, !stack.isEmpty else { return }
            if stack[stack.count - 1].isArray {
                stack[stack.count - 1].index += 1
            } else {
                stack[stack.count - 1].expectingKey = true
                stack[stack.count - 1].hasKey = false
            }
        case UInt8(ascii: ":"):
            guard tooDeep == 0, !stack.isEmpty else { return }
            stack[stack.count - 1].expectingKey = false
        case UInt8(ascii: "\""):
            if tooDeep == 0, let top = stack.last, !top.isArray, top.expectingKey {
                keys[stack.count - 1].removeAll(keepingCapacity: true)
                lexical = .key
            } else {
                lexical = .string
            }
        default:
            break
        }
    }

    private mutating func appendToKey(_ byte: UInt8) {
        if keys[stack.count - 1].count < Self.maxKeyBytes { keys[stack.count - 1].append(byte) }
    }
}
