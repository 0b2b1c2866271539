/// Finds `*`, `+` or `{n,}` quantifiers in a pattern: every detector must have a bounded match length
/// (DESIGN §2.5), so the chunk overlap and the prefilter windows can cover any match.
enum UnboundedQuantifierCheck {
    /// The byte offset of the first unbounded quantifier outside a character class, or nil.
    static func firstUnbounded(in pattern: String) -> Int? {
        let bytes = Array(pattern.utf8)
        var index = 0
        var inClass = false
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\\"):
                index += 2
                continue
            case UInt8(ascii: "[") where !inClass:
                inClass = true
                if index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "^") { index += 1 }
                if index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "]") { index += 1 }
            case UInt8(ascii: "]") where inClass:
                inClass = false
            case UInt8(ascii: "*"), UInt8(ascii: "+"):
                if !inClass && !isPossessiveOrLazyMarker(bytes, index) { return index }
            case UInt8(ascii: "{") where !inClass:
                if let close = bytes[index...].firstIndex(of: UInt8(ascii: "}")),
                    let comma = bytes[index..<close].firstIndex(of: UInt8(ascii: ",")),
                    comma == close - 1, index + 1 < comma,
                    bytes[(index + 1)..<comma].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
                {
                    return index
                }
            default:
                break
            }
            index += 1
        }
        return nil
    }

    /// A `+` right after a bounded quantifier (`{2,4}+`, `?+`) makes it possessive, not unbounded.
    private static func isPossessiveOrLazyMarker(_ bytes: [UInt8], _ index: Int) -> Bool {
        guard bytes[index] == UInt8(ascii: "+"), index > 0 else { return false }
        return bytes[index - 1] == UInt8(ascii: "}") || bytes[index - 1] == UInt8(ascii: "?")
    }
}
