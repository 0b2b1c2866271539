/// Splits bytes into display units without ever splitting a UTF-8 sequence: an ASCII byte, a lead byte with
/// its continuation bytes, or a lone invalid byte. Masking counts and keeps units, so a kept first character
/// is whole even in invalid UTF-8, and bytes ≥ 0x80 count as letters.
enum UTF8Units {
    /// The start offsets of every unit, plus `bytes.count` as the final boundary.
    static func boundaries(of bytes: ArraySlice<UInt8>) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(bytes.count + 1)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            result.append(index)
            index += unitLength(bytes, at: index)
        }
        result.append(bytes.endIndex)
        return result
    }

    /// The length of the unit starting at `index`: the well-formed prefix of a UTF-8 sequence, at least 1.
    static func unitLength(_ bytes: ArraySlice<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        let expected: Int
        switch lead {
        case 0xC2...0xDF: expected = 2
        case 0xE0...0xEF: expected = 3
        case 0xF0...0xF4: expected = 4
        default: return 1
        }
        var length = 1
        while length < expected, index + length < bytes.endIndex, bytes[index + length] & 0xC0 == 0x80 {
            length += 1
        }
        return length
    }

    /// Whether the unit starting with `byte` is a letter or digit (any non-ASCII unit counts as a letter).
    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "A")...UInt8(ascii: "Z"), 0x80...0xFF:
            return true
        default:
            return false
        }
    }

    /// Printable ASCII punctuation and the space: kept in place by the `last4` style.
    static func isSeparator(_ byte: UInt8) -> Bool {
        byte >= 0x20 && byte < 0x7F && !isAlphanumeric(byte)
    }

    /// ASCII space, tab, newline, carriage return, vertical tab, form feed.
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }
}
