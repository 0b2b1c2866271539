/// The words of one name in a value, tallied as `PersonNameShape` reads them, and the rule that says whether
/// they make a person's name.
struct PersonNameGroup {
    /// What the lexicon says of one word (of its hyphenated parts, for `Smith-Diesel`).
    struct Word {
        /// A name that is no common word.
        var isStrong = false
        /// A name that is also a common word (`Rose`, `Young`).
        var isWeak = false
        /// Given name / surname (of any part: `Jean-Claude`, `Smith-Diesel`).
        var isGiven = false
        var isSurname = false

        init() {}

        init(_ entry: NameLexicon.Entry) {
            isStrong = !entry.isCommonWord
            isWeak = entry.isCommonWord
            isGiven = entry.givenNameRank != nil
            isSurname = entry.surnameRank != nil
        }

        /// The lexicon's view of a folded word: the whole word, else its hyphenated parts (`Smith-Diesel`).
        init(lookingUp key: UnsafeBufferPointer<UInt8>, in lexicon: NameLexicon) {
            if let entry = lexicon.entry(forFolded: key) {
                self.init(entry)
                return
            }
            self.init()
            var start = 0
            for index in 0...key.count where index == key.count || key[index] == UInt8(ascii: "-") {
                if index > start,
                    let entry = lexicon.entry(forFolded: UnsafeBufferPointer(rebasing: key[start..<index]))
                {
                    merge(Word(entry))
                }
                start = index + 1
            }
        }

        mutating func merge(_ part: Word) {
            isStrong = isStrong || part.isStrong
            isWeak = isWeak || part.isWeak
            isGiven = isGiven || part.isGiven
            isSurname = isSurname || part.isSurname
        }

        var isKnown: Bool { isStrong || isWeak }
    }

    private(set) var words = 0
    private var strong = 0
    private var known = 0
    private var firstIsGiven = false
    private var lastIsSurname = false
    var initials = 0
    /// The last word added is two uppercase ASCII letters.
    var isTwoCapitals = false
    /// `S.A.`, `A.G.` read as initials: an organisation unless a name word follows.
    var organisationInitials = false

    var isEmpty: Bool { words == 0 && initials == 0 && !organisationInitials }

    mutating func add(_ word: Word) {
        if words == 0 { firstIsGiven = word.isGiven }
        words += 1
        if word.isStrong { strong += 1 }
        if word.isKnown { known += 1 }
        lastIsSurname = word.isSurname
        organisationInitials = false
    }

    /// 1 to 4 words, and either a strong name with at least half the words names, or a surname after initials or
    /// after a given name (`J. White`, `Mark Grant`: common words that support each other).
    /// With `personContext` (the column or table says person), a common word counts as a name on its own.
    /// A single word of two capitals (`IL`, `NY`) is read as a code.
    func isName(personContext: Bool) -> Bool {
        guard (1...4).contains(words), !organisationInitials, !(words == 1 && initials == 0 && isTwoCapitals) else {
            return false
        }
        if (personContext ? known : strong) > 0 && known * 2 >= words { return true }
        return known == words && lastIsSurname && (initials > 0 || (words == 2 && firstIsGiven))
    }
}
