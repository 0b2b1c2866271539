import NameLexiconData

/// Given names and surnames from population statistics, frequency-ranked (`Patterns/name-lexicon-*.txt`, made by
/// `Scripts/build-name-lexicon`; sources in `Patterns/README.md`), with the common English words that are also
/// names and the country and language names that never are. Immutable: `bundled` is loaded once, on first
/// use, and shared by every worker. Lookups fold case and diacritics (`NameFolding`) and do not allocate.
struct NameLexicon: Sendable {
    /// What the lexicon knows of one token.
    struct Entry: Sendable, Equatable {
        /// Ranks as stored: 1 for the most frequent, 0 for none.
        fileprivate var storedGivenRank: Int32 = 0
        fileprivate var storedSurnameRank: Int32 = 0
        /// A common English word too (Rose, May, Mark, Grant, Young, Street): a name only with support.
        fileprivate(set) var isCommonWord = false

        /// 1 for the most frequent given name; nil when the token is no given name in the lexicon.
        var givenNameRank: Int? { storedGivenRank == 0 ? nil : Int(storedGivenRank) }
        /// 1 for the most frequent surname; nil when the token is no surname in the lexicon.
        var surnameRank: Int? { storedSurnameRank == 0 ? nil : Int(storedSurnameRank) }
        var isName: Bool { storedGivenRank != 0 || storedSurnameRank != 0 }

        fileprivate static func merge(_ a: Entry, _ b: Entry) -> Entry {
            func best(_ x: Int32, _ y: Int32) -> Int32 { x == 0 ? y : y == 0 ? x : min(x, y) }
            return Entry(
                storedGivenRank: best(a.storedGivenRank, b.storedGivenRank),
                storedSurnameRank: best(a.storedSurnameRank, b.storedSurnameRank),
                isCommonWord: a.isCommonWord || b.isCommonWord)
        }
    }

    /// The lexicon shipped in the binary, loaded on first use.
    static let bundled = NameLexicon(
        givenNames: embedded(piiscan_name_lexicon_given), surnames: embedded(piiscan_name_lexicon_surnames),
        commonWords: embedded(piiscan_name_lexicon_common_words), notNames: embedded(piiscan_name_lexicon_not_names))

    /// Calls `body` with each embedded list file, in place: the scan store's configuration hash covers them, since
    /// the lexicon decides which names a scan reports.
    static func forEachEmbeddedFile(_ body: (UnsafeRawBufferPointer) -> Void) {
        for file in [
            piiscan_name_lexicon_given, piiscan_name_lexicon_surnames, piiscan_name_lexicon_common_words,
            piiscan_name_lexicon_not_names,
        ] as [(UnsafeMutablePointer<Int>?) -> UnsafePointer<UInt8>?] {
            var length = 0
            guard let bytes = file(&length) else { continue }
            body(UnsafeRawBufferPointer(start: bytes, count: length))
        }
    }

    /// The most frequent given names that are no common word (`Maria`, `Priya`, not `Mark`, `May`), lowercase:
    /// the `given_names` dictionary of `dictionary:` triggers, so a capitalised given name starts a name candidate.
    /// The first `triggerGivenNames` lines only (the file interleaves the locales rank by rank): every capitalised
    /// word of a file is looked up in this table, and all 24,000 names made it too large for the cache.
    static func givenNamesForTriggers() -> [String] {
        let common = Set(lines(embedded(piiscan_name_lexicon_common_words)).map { String(decoding: $0, as: UTF8.self) })
        return lines(embedded(piiscan_name_lexicon_given)).prefix(triggerGivenNames)
            .map { String(decoding: $0, as: UTF8.self) }.filter { !common.contains($0) }
    }

    /// How many of the most frequent given names trigger `person_name_bare`.
    static let triggerGivenNames = 4000

    /// A file of the `NameLexiconData` target, copied out once.
    private static func embedded(_ file: (UnsafeMutablePointer<Int>?) -> UnsafePointer<UInt8>?) -> [UInt8] {
        var length = 0
        guard let bytes = file(&length) else { return [] }
        return Array(UnsafeBufferPointer(start: bytes, count: length))
    }

    private let names: NameKeyTable<Entry>
    private let notNames: NameKeyTable<Bool>
    /// How many given names and surnames the lexicon holds.
    let givenNameCount: Int
    let surnameCount: Int

    /// Builds a lexicon from list files: UTF-8, one name per line, most frequent first; `#` starts a comment line.
    init(givenNames: [UInt8], surnames: [UInt8], commonWords: [UInt8], notNames: [UInt8]) {
        let given = Self.lines(givenNames)
        let family = Self.lines(surnames)
        let words = Self.lines(commonWords)
        var entries: [([UInt8], Entry)] = []
        entries.reserveCapacity(given.count + family.count + words.count)
        for (rank, name) in given.enumerated() {
            if let key = NameKeyTable<Entry>.folded(name) {
                entries.append((key, Entry(storedGivenRank: Int32(rank + 1))))
            }
        }
        for (rank, name) in family.enumerated() {
            if let key = NameKeyTable<Entry>.folded(name) {
                entries.append((key, Entry(storedSurnameRank: Int32(rank + 1))))
            }
        }
        for word in words {
            if let key = NameKeyTable<Entry>.folded(word) { entries.append((key, Entry(isCommonWord: true))) }
        }
        names = NameKeyTable(entries, merge: Entry.merge)
        self.notNames = NameKeyTable(
            Self.lines(notNames).compactMap { name in NameKeyTable<Bool>.folded(name).map { ($0, true) } },
            merge: { a, _ in a })
        (givenNameCount, surnameCount) = (given.count, family.count)
    }

    /// What the lexicon knows of `token` (one word, any case, with or without diacritics), or nil.
    func entry(for token: UnsafeBufferPointer<UInt8>) -> Entry? {
        guard let entry = names.payload(for: token), entry.isName else { return nil }
        return entry
    }

    /// As `entry(for:)`, for a token already folded (`NameFolding`).
    func entry(forFolded token: UnsafeBufferPointer<UInt8>) -> Entry? {
        guard let entry = names.payload(forFolded: token), entry.isName else { return nil }
        return entry
    }

    func entry(for token: String) -> Entry? {
        var token = token
        return token.withUTF8 { entry(for: $0) }
    }

    /// Whether `value` (whole, any case) is a country or language name, which is never a person's name.
    func isCountryOrLanguage(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        notNames.payload(for: value) != nil
    }

    private static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        bytes.split(separator: UInt8(ascii: "\n")).filter { $0.first != UInt8(ascii: "#") }
    }
}
