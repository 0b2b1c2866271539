/// Whether one sampled value looks like a person's name, for column classification (rules and examples in
/// `Patterns/README.md`).
///
/// A value is split into names at `,` `/` `&` `;` and `and`/`und`/`et` (`Angus Young, Malcolm Young`, `A & B`);
/// every one must be a name. A name is 1 to 4 words, capitalised or ALL CAPS (`MARY`), with initials (`R.A.`),
/// particles (`van`, `de`), honorifics (`Dr`, `Jr`) and hyphens (`Smith-Diesel`) allowed; `PersonNameGroup`
/// says whether its words make a name (a common word such as `Rose` or `Young` only with support). Digits,
/// other punctuation, lowercase words, legal forms and organisation words (`GmbH`, `S.A.`, `University`), and
/// whole values that are country, language or many-word city names rule a value out.
enum PersonNameShape {
    /// Longer values are never taken for a name (or a short list of names).
    static let maximumLength = 256

    /// With `personContext` (the table or column says person: `customer.first_name`), a common word that is a
    /// name (`ROSE`, `YOUNG`) counts on its own.
    static func looksLikeName(_ value: [UInt8], personContext: Bool = false, lexicon: NameLexicon = .bundled) -> Bool {
        value.withUnsafeBufferPointer { looksLikeName($0, personContext: personContext, lexicon: lexicon) }
    }

    static func looksLikeName(
        _ value: UnsafeBufferPointer<UInt8>, personContext: Bool = false, lexicon: NameLexicon = .bundled
    ) -> Bool {
        let value = trimmed(value)
        guard !value.isEmpty, value.count <= maximumLength else { return false }
        for byte in value where byte < 0x80 && !allowedASCII[Int(byte)] { return false }
        if lexicon.isCountryOrLanguage(value) { return false }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: NameFolding.maximumLength) { scratch in
            var reader = PersonNameReader(
                value: value, lexicon: lexicon, personContext: personContext, scratch: scratch)
            return reader.read()
        }
    }

    /// Letters, space, tab and `.'-,&/;`.
    private static let allowedASCII: [Bool] = (0..<128).map { byte in
        let scalar = Unicode.Scalar(UInt8(byte))
        return (scalar >= "A" && scalar <= "Z") || (scalar >= "a" && scalar <= "z")
            || " \t.'-,&/;".unicodeScalars.contains(scalar)
    }

    /// `value` without leading and trailing spaces and tabs.
    static func trimmed(_ value: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var (start, end) = (0, value.count)
        while start < end && (value[start] == 0x20 || value[start] == 0x09) { start += 1 }
        while end > start && (value[end - 1] == 0x20 || value[end - 1] == 0x09) { end -= 1 }
        return UnsafeBufferPointer(rebasing: value[start..<end])
    }
}

/// Reads one value word by word for `PersonNameShape`, judging each name in it as it ends.
private struct PersonNameReader {
    let value: UnsafeBufferPointer<UInt8>
    let lexicon: NameLexicon
    let personContext: Bool
    let scratch: UnsafeMutableBufferPointer<UInt8>
    private var group = PersonNameGroup()
    private var names = 0

    init(
        value: UnsafeBufferPointer<UInt8>, lexicon: NameLexicon, personContext: Bool,
        scratch: UnsafeMutableBufferPointer<UInt8>
    ) {
        (self.value, self.lexicon, self.personContext, self.scratch) = (value, lexicon, personContext, scratch)
    }

    /// Whether every name in the value is one (and there is at least one, and at most eight).
    mutating func read() -> Bool {
        var start = 0
        var partStart = 0
        for index in 0...value.count {
            let byte = index < value.count ? value[index] : 0x20
            let separates =
                byte == UInt8(ascii: ",") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "&")
                || byte == UInt8(ascii: ";")
            guard separates || byte == 0x20 || byte == 0x09 else { continue }
            if index > start && !word(UnsafeBufferPointer(rebasing: value[start..<index])) { return false }
            if separates || index == value.count {
                let part = PersonNameShape.trimmed(UnsafeBufferPointer(rebasing: value[partStart..<index]))
                if part.count < value.count && lexicon.isCountryOrLanguage(part) { return false }
                if !endGroup(allowEmpty: true) { return false }
                partStart = index + 1
            }
            start = index + 1
        }
        return names > 0 && names <= 8
    }

    private mutating func endGroup(allowEmpty: Bool) -> Bool {
        defer { group = PersonNameGroup() }
        if group.isEmpty { return allowEmpty }
        names += 1
        return group.isName(personContext: personContext)
    }

    /// Adds one word to the current name; false when it rules the whole value out.
    private mutating func word(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let key = NameFolding.foldedKey(word, into: scratch) else { return false }
        let initials = Self.isInitials(word)
        let role = PersonNameWord.table.payload(forFolded: key)
        switch role {
        case .organisation?:
            if !initials { return false }
            group.organisationInitials = true  // `S.A.` rules the value out unless a name word follows
        case .conjunction?: return endGroup(allowEmpty: false)
        case .particle?, .honorific?: return true
        case .street?, nil: break
        }
        if initials {
            group.initials += 1
            return true
        }
        guard key.count >= 2, NameFolding.isUppercase(word, at: 0) else { return false }
        group.add(role == .street ? PersonNameGroup.Word() : PersonNameGroup.Word(lookingUp: key, in: lexicon))
        group.isTwoCapitals =
            word.count == 2 && word[0] >= 0x41 && word[0] <= 0x5A && word[1] >= 0x41 && word[1] <= 0x5A
        return true
    }

    /// `J`, `J.`, `R.A.`, `J.-P.`: single uppercase letters, each followed by a dot or hyphen or nothing.
    private static func isInitials(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        var letters = 0
        while index < word.count {
            guard NameFolding.isUppercase(word, at: index) else { return false }
            index += word[index] < 0x80 ? 1 : 2
            letters += 1
            guard index == word.count || word[index] == UInt8(ascii: ".") || word[index] == UInt8(ascii: "-") else {
                return false
            }
            while index < word.count && (word[index] == UInt8(ascii: ".") || word[index] == UInt8(ascii: "-")) {
                index += 1
            }
        }
        return letters > 0 && letters <= 4
    }
}
