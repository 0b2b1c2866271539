/// Titles and forms of address that stand before a person's surname (`Mr`, `Herr`, `Mme`, `Sr.`, `Sig.ra`, `M.`),
/// for `PersonNameValidator`: after one, a surname alone is a name.
enum TitleWords {
    /// Whether a title ends right before `index` (one to three spaces between, its dot allowed).
    static func precedes(
        _ index: Int, in buffer: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutableBufferPointer<UInt8>
    ) -> Bool {
        var end = index
        while end > 0 && index - end < 3 && (buffer[end - 1] == 0x20 || buffer[end - 1] == 0x09) { end -= 1 }
        guard end < index, end > 0 else { return false }
        let dotted = buffer[end - 1] == UInt8(ascii: ".")
        var start = end
        while start > 0 && end - start < 16 && isWordByte(buffer[start - 1]) { start -= 1 }
        guard start < end, start == 0 || !isWordByte(buffer[start - 1]) else { return false }
        guard let length = NameFolding.fold(UnsafeBufferPointer(rebasing: buffer[start..<end]), into: scratch) else {
            return false
        }
        var keyLength = 0
        for offset in 0..<length where scratch[offset] != UInt8(ascii: ".") {
            scratch[keyLength] = scratch[offset]
            keyLength += 1
        }
        if keyLength == 1 { return dotted && scratch[0] == UInt8(ascii: "m") }
        // `MS Word`, `DR` as a code: a two-letter title is written `Ms`, `Dr`.
        if keyLength == 2 && end - start == 2 && buffer[start + 1] >= 0x41 && buffer[start + 1] <= 0x5A { return false }
        return table.payload(forFolded: UnsafeBufferPointer(rebasing: scratch[..<keyLength])) != nil
    }

    /// Letters (ASCII and UTF-8) and the dot of `Sig.ra`, `Dott.ssa`.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) || byte >= 0x80 || byte == UInt8(ascii: ".")
    }

    private static let words = """
        mr mrs ms miss mx dr dra prof sir dame lady lord herr herrn frau mme mlle monsieur madame mademoiselle \
        sr sra srta senor senora senorita sig sigra signor signora signorina dott dottssa dhr mevr mevrouw meneer
        """

    private static let table = NameKeyTable<Bool>(
        words.split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { word in
            NameKeyTable<Bool>.folded(word.utf8).map { ($0, true) }
        },
        merge: { first, _ in first })
}
