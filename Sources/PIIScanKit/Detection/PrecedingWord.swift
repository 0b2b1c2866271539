/// The word that ends right before an index (one to three spaces or tabs between), folded as names are: what
/// `TitleWords` and `GreetingWords` look up.
enum PrecedingWord {
    /// The folded word without its dots (`Sig.ra` → `sigra`), where it stands, and whether it ends with a dot.
    struct Word {
        var key: UnsafeBufferPointer<UInt8>
        var range: Range<Int>
        var dotted: Bool
    }

    /// The word before `index` folded into `scratch`, or nil when letters do not end there.
    static func folded(
        before index: Int, in buffer: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutableBufferPointer<UInt8>
    ) -> Word? {
        var end = index
        while end > 0 && index - end < 3 && (buffer[end - 1] == 0x20 || buffer[end - 1] == 0x09) { end -= 1 }
        guard end < index, end > 0 else { return nil }
        let dotted = buffer[end - 1] == UInt8(ascii: ".")
        var start = end
        while start > 0 && end - start < 16 && isWordByte(buffer[start - 1]) { start -= 1 }
        guard start < end, start == 0 || !isWordByte(buffer[start - 1]) else { return nil }
        guard let length = NameFolding.fold(UnsafeBufferPointer(rebasing: buffer[start..<end]), into: scratch) else {
            return nil
        }
        var keyLength = 0
        for offset in 0..<length where scratch[offset] != UInt8(ascii: ".") {
            scratch[keyLength] = scratch[offset]
            keyLength += 1
        }
        return Word(key: UnsafeBufferPointer(rebasing: scratch[..<keyLength]), range: start..<end, dotted: dotted)
    }

    /// Letters (ASCII and UTF-8) and the dot of `Sig.ra`, `Dott.ssa`.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) || byte >= 0x80 || byte == UInt8(ascii: ".")
    }
}
