/// The words of a candidate name in a buffer, separated by spaces (a comma before `Jr.` is dropped), for
/// `PersonNameValidator`; a cursor, so reading them allocates nothing.
struct PersonNameSpanWords {
    let buffer: UnsafeBufferPointer<UInt8>
    let span: Range<Int>

    /// The next word at or after `index`, or nil.
    func word(from index: Int) -> Range<Int>? {
        var start = index
        while start < span.upperBound && buffer[start] == 0x20 { start += 1 }
        guard start < span.upperBound else { return nil }
        var end = start
        while end < span.upperBound && buffer[end] != 0x20 { end += 1 }
        let trimmed = buffer[end - 1] == UInt8(ascii: ",") ? end - 1 : end
        return trimmed > start ? start..<trimmed : word(from: end)
    }

    var first: Range<Int>? { word(from: span.lowerBound) }

    var last: Range<Int>? {
        var last: Range<Int>?
        var next = first
        while let word = next {
            last = word
            next = self.word(from: word.upperBound)
        }
        return last
    }

    var count: Int {
        var count = 0
        var next = first
        while let word = next {
            count += 1
            next = self.word(from: word.upperBound)
        }
        return count
    }

    /// Whether a word is a legal form or organisation word (`GmbH`, `Ltd`, `University`).
    func containsOrganisationWord(scratch: UnsafeMutableBufferPointer<UInt8>) -> Bool {
        var next = first
        while let word = next {
            if let length = NameFolding.fold(UnsafeBufferPointer(rebasing: buffer[word]), into: scratch),
                PersonNameWord.table.payload(forFolded: UnsafeBufferPointer(rebasing: scratch[..<length]))
                    == .organisation
            {
                return true
            }
            next = self.word(from: word.upperBound)
        }
        return false
    }
}

/// Reads a candidate name word by word for `PersonNameValidator` and says where the name ends (rules there).
struct PersonNameSpanReader {
    let buffer: UnsafeBufferPointer<UInt8>
    let lexicon: NameLexicon
    /// A title stands right before the candidate.
    let titled: Bool
    /// A greeting stands right before the candidate.
    let greeted: Bool
    let scratch: UnsafeMutableBufferPointer<UInt8>

    private var names = 0
    private var strong = 0
    private var leadingInitials = 0
    private var firstIsGiven = false
    private var lastIsSurname = false
    private var previousIsGiven = false
    private var pendingParticle = false
    private var end: Int?
    /// An organisation word (`LLP`, `GmbH`) follows: the words are a firm's name (`Grant Thornton LLP`).
    private var isOrganisation = false

    init(
        buffer: UnsafeBufferPointer<UInt8>, lexicon: NameLexicon, titled: Bool, greeted: Bool = false,
        scratch: UnsafeMutableBufferPointer<UInt8>
    ) {
        (self.buffer, self.lexicon, self.titled, self.greeted, self.scratch) = (
            buffer, lexicon, titled, greeted, scratch
        )
    }

    /// Where the name that starts the match ends, or nil when the match starts with none.
    mutating func read(_ match: Range<Int>) -> Int? {
        let words = PersonNameSpanWords(buffer: buffer, span: match)
        var next = words.first
        while let word = next, names < 4, add(word) {
            next = words.word(from: word.upperBound)
        }
        guard names > 0, !isOrganisation, let end else { return nil }
        if titled { return end }
        if names == 1 {
            let greetsByName = greeted && firstIsGiven && strong > 0 && GreetingWords.closes(after: end, in: buffer)
            return (leadingInitials > 0 && lastIsSurname) || greetsByName ? end : nil
        }
        return strong > 0 || (firstIsGiven && lastIsSurname) ? end : nil
    }

    /// Takes one word into the name; false when the name ends before it (or with it).
    private mutating func add(_ word: Range<Int>) -> Bool {
        let text = UnsafeBufferPointer(rebasing: buffer[word])
        guard let key = NameFolding.foldedKey(text, into: scratch) else { return false }
        let role = PersonNameWord.table.payload(forFolded: key)
        if !NameFolding.isUppercase(text, at: 0) {
            guard role == .particle else { return false }
            pendingParticle = true
            return true
        }
        switch role {
        case .organisation?:
            isOrganisation = true
            return false
        case .street?, .conjunction?: return false
        case .honorific?:
            // `Jr.`, `II` close a name; a title inside one ends it.
            if names > 0 && Self.isSuffix(key) { end = word.upperBound }
            return false
        case .particle?, nil: break
        }
        if Self.isShortCode(text) { return false }  // `GB`, `NY`, `USA`: a code, not a name
        if key.count == 1 {  // an initial
            if names == 0 { leadingInitials += 1 }
            return true
        }
        let found = PersonNameGroup.Word(lookingUp: key, in: lexicon)
        var closes = false
        if names == 0 {
            // After a particle or initials a surname the lexicon knows (`van der Berg`, not `der Ringe`); after a
            // title any surname (`Frau Oberhuber`); else a given name.
            let accepted =
                pendingParticle || leadingInitials > 0 ? found.isKnown : titled || found.isGiven
            guard accepted else { return false }
            firstIsGiven = found.isGiven
        } else if !found.isKnown {
            // A word the lexicon does not know is the surname after a given name or a particle, and ends the name.
            guard previousIsGiven || pendingParticle else { return false }
            closes = true
        }
        names += 1
        if found.isStrong { strong += 1 }
        lastIsSurname = found.isSurname
        previousIsGiven = found.isGiven
        pendingParticle = false
        end = word.upperBound
        return !closes
    }

    /// Two or three uppercase ASCII letters.
    private static func isShortCode(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        (2...3).contains(word.count) && word.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
    }

    private static func isSuffix(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        key.elementsEqual("jr".utf8) || key.elementsEqual("sr".utf8) || key.elementsEqual("ii".utf8)
            || key.elementsEqual("iii".utf8) || key.elementsEqual("iv".utf8)
    }
}
