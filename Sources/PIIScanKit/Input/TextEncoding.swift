import CUchardet
import Glibc

/// The encoding of a text that is not UTF-8 (or ASCII), which `DecodingSource` decodes to UTF-8 before detection.
package enum TextEncoding: Equatable, Sendable {
    case utf16LittleEndian
    case utf16BigEndian
    case utf32LittleEndian
    case utf32BigEndian
    /// A single-byte charset (`WINDOWS-1252`, `ISO-8859-2`), decoded by its byte table.
    case singleByte(SingleByteTable)

    /// The name reports and tests use.
    package var name: String {
        switch self {
        case .utf16LittleEndian: "UTF-16LE"
        case .utf16BigEndian: "UTF-16BE"
        case .utf32LittleEndian: "UTF-32LE"
        case .utf32BigEndian: "UTF-32BE"
        case .singleByte(let table): table.charset
        }
    }

    /// The encoding of a text's first bytes and the length of its byte-order mark, or nil for UTF-8, ASCII and
    /// anything that is not text in another encoding (binary files are left to the binary check).
    ///
    /// A byte-order mark decides (UTF-32 before UTF-16, whose mark it starts with). Without one, UTF-16 is text
    /// whose every other byte is NUL (90% of the first 4 KiB's pairs); a single-byte charset is a text with no NUL
    /// that is not valid UTF-8, named by uchardet (Windows-1252 when it cannot tell), as Excel and older Windows
    /// programs write CSV files in Western Europe.
    static func sniff(_ bytes: UnsafeRawBufferPointer) -> (encoding: TextEncoding, byteOrderMark: Int)? {
        let head = Array(bytes.prefix(4))
        if head.starts(with: [0xFF, 0xFE, 0, 0]) { return (.utf32LittleEndian, 4) }
        if head.starts(with: [0, 0, 0xFE, 0xFF]) { return (.utf32BigEndian, 4) }
        if head.starts(with: [0xFF, 0xFE]) { return (.utf16LittleEndian, 2) }
        if head.starts(with: [0xFE, 0xFF]) { return (.utf16BigEndian, 2) }
        if let utf16 = bomlessUTF16(bytes) { return (utf16, 0) }
        guard let base = bytes.baseAddress, memchr(base, 0, bytes.count) == nil, !UTF8Check.isValid(bytes) else {
            return nil
        }
        return SingleByteTable(charset: detectedCharset(bytes)).map { (.singleByte($0), 0) }
    }

    /// Every other byte NUL and the others not: ASCII text in UTF-16 without a byte-order mark.
    private static func bomlessUTF16(_ bytes: UnsafeRawBufferPointer) -> TextEncoding? {
        let pairs = min(bytes.count, 4_096) / 2
        guard pairs >= 16 else { return nil }
        var highZero = 0
        var lowZero = 0
        for pair in 0..<pairs {
            let (first, second) = (bytes[2 * pair], bytes[2 * pair + 1])
            if second == 0 && first != 0 { highZero += 1 }
            if first == 0 && second != 0 { lowZero += 1 }
        }
        if Double(highZero) >= 0.9 * Double(pairs) { return .utf16LittleEndian }
        if Double(lowZero) >= 0.9 * Double(pairs) { return .utf16BigEndian }
        return nil
    }

    /// uchardet's name for the bytes' charset, or Windows-1252 when it names none.
    private static func detectedCharset(_ bytes: UnsafeRawBufferPointer) -> String {
        guard let detector = uchardet_new() else { return "WINDOWS-1252" }
        defer { uchardet_delete(detector) }
        let sample = UnsafeRawBufferPointer(rebasing: bytes.prefix(64 << 10))
        guard uchardet_handle_data(detector, sample.baseAddress?.assumingMemoryBound(to: CChar.self), sample.count) == 0
        else { return "WINDOWS-1252" }
        uchardet_data_end(detector)
        let name = (uchardet_get_charset(detector).map { String(cString: $0) } ?? "").uppercased()
        return name.isEmpty ? "WINDOWS-1252" : windowsSupersets[name] ?? name
    }

    /// Charsets whose Windows superset files really use, as the WHATWG Encoding Standard reads their labels:
    /// text labelled or detected as ISO-8859-1 holds `€` at 0x80 and curly quotes at 0x93.
    private static let windowsSupersets = [
        "ISO-8859-1": "WINDOWS-1252", "US-ASCII": "WINDOWS-1252", "ISO-8859-9": "WINDOWS-1254",
        "ISO-8859-11": "WINDOWS-874", "TIS-620": "WINDOWS-874",
    ]
}

/// Whether bytes are valid UTF-8 (a sequence cut off by the end of the buffer counts as valid).
enum UTF8Check {
    static func isValid(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            // Eight ASCII bytes at a time: most text is ASCII, and every file without a NUL is checked.
            while index + 8 <= count,
                bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                index += 8
            }
            guard index < count else { break }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return false
            }
            for offset in 1..<length {
                guard index + offset < count else { return true }
                guard bytes[index + offset] & 0xC0 == 0x80 else { return false }
            }
            index += length
        }
        return true
    }
}
