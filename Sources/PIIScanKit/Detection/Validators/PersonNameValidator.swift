/// `person_name`: whether a capitalised word sequence that a pattern found beside a cue (a form of address, a
/// label, a signature, an e-mail) is a person's name, by the name lexicon (`NameLexicon`), and which part of it.
///
/// The match is read word by word and narrowed to the name: capitalised words the lexicon knows, particles
/// between them (`van der`, `de la`), initials (`F.`), hyphenated parts (`Maria-Theresia`, judged by their parts)
/// and a closing `Jr.`/`II`; it ends before a word that is no name (`Team`, `Support`), an organisation or
/// street word, or a fifth word. What is kept is a name when
///
/// - a title stands right before it (`Mr`, `Herr`, `Mme`, `Sr.`, `M.`…: `TitleWords`): a surname alone will do,
///   and the first word may be one the lexicon does not know (`Frau Oberhuber`);
/// - otherwise it is a given name followed by at least one more name word, and either a word is a name that is no
///   common word, or it is a given name then a surname (`Mark Grant`). One word the lexicon does not know may
///   follow a given name or a particle as the surname (`Priya Natarajan`), and closes the name;
/// - or a greeting stands right before it (`Hola`, `Dear`, `Hallo`: `GreetingWords`) and it is one given name that
///   closes the greeting and is no common word (`Hola Montserrat,`, `Dear Priya!`; not `Hi Mark,`);
/// - or the person's own e-mail address follows (`Jane Roe <jane.roe@…>`, `<jroe@…>`): its local part holds the
///   name's last word and its first word or that word's initial, and then words the lexicon does not know count too.
///
/// A name that is, whole, a country, language or many-word city name (`Costa Rica`) is none. Reads the buffer in
/// place and allocates nothing.
struct PersonNameValidator: SpanValidator {
    var name: String { "person_name" }

    func validate(_ value: [UInt8]) -> ValidationVerdict {
        value.withUnsafeBufferPointer { buffer in
            validSpan(0..<buffer.count, in: buffer) == 0..<buffer.count ? .valid : .invalid
        }
    }

    func validSpan(_ match: Range<Int>, in buffer: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let lexicon = NameLexicon.bundled
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * NameFolding.maximumLength) { scratch in
            let titled = TitleWords.precedes(match.lowerBound, in: buffer, scratch: scratch)
            if let whole = ownEmailSpan(match, in: buffer, titled: titled, scratch: scratch) { return whole }
            let greeted = !titled && GreetingWords.precedes(match.lowerBound, in: buffer, scratch: scratch)
            var reader = PersonNameSpanReader(
                buffer: buffer, lexicon: lexicon, titled: titled, greeted: greeted,
                scratch: UnsafeMutableBufferPointer(rebasing: scratch[..<NameFolding.maximumLength]))
            guard let end = reader.read(match), end > match.lowerBound else { return nil }
            let name = UnsafeBufferPointer(rebasing: buffer[match.lowerBound..<end])
            return lexicon.isCountryOrLanguage(name) ? nil : match.lowerBound..<end
        }
    }

    /// The whole match when the e-mail address right after it (`<jane.roe@`, `(jroe@`) holds its last word (at
    /// least three letters) and its first word or initial, it has two words or follows a title, and no word is an
    /// organisation word.
    private func ownEmailSpan(
        _ match: Range<Int>, in buffer: UnsafeBufferPointer<UInt8>, titled: Bool,
        scratch: UnsafeMutableBufferPointer<UInt8>
    ) -> Range<Int>? {
        guard let local = Self.localPart(after: match.upperBound, in: buffer) else { return nil }
        let words = PersonNameSpanWords(buffer: buffer, span: match)
        let wordKey = UnsafeMutableBufferPointer(rebasing: scratch[..<NameFolding.maximumLength])
        guard words.count >= (titled ? 1 : 2), !words.containsOrganisationWord(scratch: wordKey) else { return nil }
        let localKey = UnsafeMutableBufferPointer(rebasing: scratch[NameFolding.maximumLength...])
        guard let localLength = NameFolding.fold(UnsafeBufferPointer(rebasing: buffer[local]), into: localKey) else {
            return nil
        }
        let folded = UnsafeBufferPointer(rebasing: localKey[..<localLength])
        func foldedWord(_ word: Range<Int>?, into key: UnsafeMutableBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>?
        {
            guard let word, let length = NameFolding.fold(UnsafeBufferPointer(rebasing: buffer[word]), into: key) else {
                return nil
            }
            return UnsafeBufferPointer(rebasing: key[..<length])
        }
        // The last word whole (`roe`), and the first word whole or as the local part's initial (`jroe`, `j.roe`).
        guard let last = foldedWord(words.last, into: wordKey), last.count >= 3, Self.contains(folded, last) else {
            return nil
        }
        guard let first = foldedWord(words.first, into: wordKey), let initial = first.first else { return nil }
        return folded.first == initial || Self.contains(folded, first) ? match : nil
    }

    /// The local part of an e-mail address that starts right after `index` (spaces, a quote and `<`, `(` or `[`
    /// between), or nil.
    private static func localPart(after index: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var position = index
        while position < buffer.count && position < index + 6
            && (buffer[position] == 0x20 || buffer[position] == 0x09 || buffer[position] == UInt8(ascii: "\""))
        {
            position += 1
        }
        guard position < buffer.count,
            buffer[position] == UInt8(ascii: "<") || buffer[position] == UInt8(ascii: "(")
                || buffer[position] == UInt8(ascii: "[")
        else { return nil }
        let start = position + 1
        var end = start
        while end < buffer.count && end < start + 64 && buffer[end] != UInt8(ascii: "@") {
            guard buffer[end] > 0x20 && buffer[end] != UInt8(ascii: ">") else { return nil }
            end += 1
        }
        return end < buffer.count && buffer[end] == UInt8(ascii: "@") && end > start ? start..<end : nil
    }

    private static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) {
            var offset = 0
            while offset < needle.count && haystack[start + offset] == needle[offset] { offset += 1 }
            if offset == needle.count { return true }
        }
        return false
    }
}
