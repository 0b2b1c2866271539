/// Titles and forms of address that stand before a person's surname (`Mr`, `Herr`, `Mme`, `Sr.`, `Sig.ra`, `M.`),
/// for `PersonNameValidator`: after one, a surname alone is a name.
enum TitleWords {
    /// Whether a title ends right before `index` (one to three spaces between, its dot allowed).
    static func precedes(
        _ index: Int, in buffer: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutableBufferPointer<UInt8>
    ) -> Bool {
        guard let word = PrecedingWord.folded(before: index, in: buffer, scratch: scratch) else { return false }
        let key = word.key
        if key.count == 1 { return word.dotted && key[0] == UInt8(ascii: "m") }
        // `MS Word`, `DR` as a code: a two-letter title is written `Ms`, `Dr`.
        let second = buffer[word.range.lowerBound + 1]
        if key.count == 2 && word.range.count == 2 && second >= 0x41 && second <= 0x5A { return false }
        return table.payload(forFolded: key) != nil
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
