/// Folds a name the way `NameLexicon` compares names: ASCII, Latin-1 and Latin Extended-A letters become lowercase
/// ASCII without diacritics (`Jürgen` → `jurgen`, `Łukasz` → `lukasz`, `Straße` → `strasse`), apostrophes are
/// dropped (`O'Brien`, `O’Brien` → `obrien`), runs of spaces and tabs become one space; other bytes are kept.
enum NameFolding {
    /// Longest folded name the lexicon holds or looks up.
    static let maximumLength = 64

    /// A word's lookup key: folded like `fold` and without its dots (`Dr.` → `dr`, `J.` → `j`), in `output`.
    static func foldedKey(
        _ word: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>
    ) -> UnsafeBufferPointer<UInt8>? {
        guard let length = fold(word, into: output) else { return nil }
        var keyLength = 0
        for index in 0..<length where output[index] != UInt8(ascii: ".") {
            output[keyLength] = output[index]
            keyLength += 1
        }
        return UnsafeBufferPointer(UnsafeMutableBufferPointer(rebasing: output[..<keyLength]))
    }

    /// Writes the folded form of `name` into `output` and returns its length, or nil when it does not fit.
    static func fold(_ name: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        var length = 0
        var index = 0
        func append(_ byte: UInt8) -> Bool {
            guard length < output.count else { return false }
            output[length] = byte
            length += 1
            return true
        }
        while index < name.count {
            let byte = name[index]
            if byte < 0x80 {
                index += 1
                if byte == UInt8(ascii: "'") { continue }
                if byte == 0x20 || byte == 0x09 {
                    if length > 0 && output[length - 1] == 0x20 { continue }
                    guard append(0x20) else { return nil }
                    continue
                }
                guard append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) else { return nil }
                continue
            }
            if index + 2 < name.count && byte == 0xE2 && name[index + 1] == 0x80 && name[index + 2] == 0x99 {
                index += 3  // ’ (right single quotation mark, typed as an apostrophe)
                continue
            }
            if let folded = latin(byte, index + 1 < name.count ? name[index + 1] : 0) {
                index += 2
                guard append(UInt8(folded & 0xFF)) else { return nil }
                if folded > 0xFF { guard append(UInt8(folded >> 8)) else { return nil } }
                continue
            }
            index += 1
            guard append(byte) else { return nil }
        }
        return length
    }

    /// The ASCII letters (one, or two packed low byte first) that a two-byte Latin-1 or Latin Extended-A
    /// letter folds to, or nil when `lead`/`trail` is no such letter.
    @inline(__always)
    private static func latin(_ lead: UInt8, _ trail: UInt8) -> UInt16? {
        guard trail & 0xC0 == 0x80 else { return nil }
        let codePoint = (Int(lead & 0x1F) << 6) | Int(trail & 0x3F)
        guard codePoint >= 0xC0 && codePoint < 0x180 else { return nil }
        let folded = foldTable[codePoint - 0xC0]
        return folded == 0 ? nil : folded
    }

    /// Whether the character starting at `index` is an uppercase letter (ASCII, Latin-1 or Latin Extended-A).
    static func isUppercase(_ name: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = name[index]
        if byte < 0x80 { return byte >= 0x41 && byte <= 0x5A }
        guard index + 1 < name.count, name[index + 1] & 0xC0 == 0x80 else { return false }
        let codePoint = (Int(byte & 0x1F) << 6) | Int(name[index + 1] & 0x3F)
        switch codePoint {
        case 0xC0...0xDE: return codePoint != 0xD7
        case 0x100...0x137, 0x14A...0x177: return codePoint % 2 == 0
        case 0x139...0x148, 0x179...0x17E: return codePoint % 2 == 1
        case 0x178: return true
        default: return false
        }
    }

    /// U+00C0…U+017F folded, generated with Python's `unicodedata` (NFKD without marks, lowercased) plus the
    /// letters that have no decomposition (Æ ae, Ð d, Ø o, Þ th, ß ss, Đ d, Ħ h, ı i, Ĳ ij, ĸ k, Ł l, Ŋ n,
    /// Œ oe, Ŧ t, ſ s); `-` marks × and ÷, which are kept as they are.
    private static let foldTable: [UInt16] = {
        let latin1 =
            "a a a a a a ae c e e e e i i i i d n o o o o o - o u u u u y th ss "
            + "a a a a a a ae c e e e e i i i i d n o o o o o - o u u u u y th y "
        let extendedA =
            "a a a a a a c c c c c c c c d d d d e e e e e e e e e e g g g g g g g g h h h h "
            + "i i i i i i i i i i ij ij j j k k k l l l l l l l l l l n n n n n n n n n o o o o o o oe oe "
            + "r r r r r r s s s s s s s s t t t t t t u u u u u u u u u u u u w w y y y z z z z z z s"
        return (latin1 + extendedA).split(separator: " ").map { letters in
            if letters == "-" { return 0 }
            let bytes = Array(letters.utf8)
            return UInt16(bytes[0]) | (bytes.count > 1 ? UInt16(bytes[1]) << 8 : 0)
        }
    }()
}
