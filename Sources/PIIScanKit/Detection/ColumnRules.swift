/// The column rules of every loaded file, and the words that read names with them: which rule a column,
/// header or key name matches, whether a word says "person", and which words make a name a decoy.
///
/// A rule matches when one of its names' words stand, in order, anywhere among the column's words
/// (`ColumnNameTokens`); the longest such match wins, then the rightmost (the head noun of English names comes
/// last). A match followed by a decoy word (`email_sent_count`, `phone_verified`) or preceded by one
/// (`is_email`, `num_phones`) is not the value itself, so the name says nothing.
package struct ColumnRules: Sendable {
    /// What a name says: its rule, the rule words it matched, and whether a person word stands before them.
    package struct Match: Sendable, Hashable {
        package var rule: ColumnRule
        /// The matched rule words joined by spaces: vocabulary, never part of a value.
        package var phrase: String
        /// A person word precedes the match (`customer_name`, `employee_city`).
        package var personWord: String?
    }

    package private(set) var rules: [ColumnRule] = []
    private var namesByFirstWord: [String: [(words: [String], rule: Int)]] = [:]
    private var personWords: Set<String> = []
    private var personSiblingTypes: Set<String> = []
    private var tableNoiseWords: Set<String> = []
    private var organisationWords: Set<String> = []
    private var organisationContactTypes: Set<String> = []
    private var notPersonalNames: [[String]] = []
    private var decoysAfter: Set<String> = []
    private var decoysBefore: Set<String> = []

    /// Rules and word lists in load order; a later file adds to the word lists.
    init(rules: [ColumnRule], files: [ColumnRuleFile]) {
        self.rules = rules
        namesByFirstWord = Self.index(rules)
        for file in files {
            personWords.formUnion((file.personWords ?? []).flatMap(ColumnNameTokens.tokens(of:)))
            personSiblingTypes.formUnion(file.personSiblings ?? [])
            tableNoiseWords.formUnion((file.tableNoiseWords ?? []).flatMap(ColumnNameTokens.tokens(of:)))
            organisationWords.formUnion((file.organisationWords ?? []).flatMap(ColumnNameTokens.tokens(of:)))
            organisationContactTypes.formUnion(file.organisationContactTypes ?? [])
            notPersonalNames += (file.notPersonalNames ?? []).map(ColumnNameTokens.tokens(of:)).filter { !$0.isEmpty }
            decoysAfter.formUnion((file.decoyWords?.after ?? []).flatMap(ColumnNameTokens.tokens(of:)))
            decoysBefore.formUnion((file.decoyWords?.before ?? []).flatMap(ColumnNameTokens.tokens(of:)))
        }
    }

    /// Every rule name under its first word, with the rule's position.
    private static func index(_ rules: [ColumnRule]) -> [String: [(words: [String], rule: Int)]] {
        var index: [String: [(words: [String], rule: Int)]] = [:]
        for (position, rule) in rules.enumerated() {
            for words in rule.names where !words.isEmpty { index[words[0], default: []].append((words, position)) }
        }
        return index
    }

    /// The rule `name` matches, or nil for unknown names and decoys.
    package func match(_ name: String) -> Match? {
        match(words: ColumnNameTokens.tokens(of: name))
    }

    /// The rule the words of a name match, or nil.
    package func match(words: [String]) -> Match? {
        var best: (start: Int, length: Int, rule: Int)?
        for start in words.indices {
            for candidate in candidates(startingWith: words[start])
            where Self.phrase(candidate.words, standsIn: words, at: start) {
                let length = candidate.words.count
                if best == nil || length > best!.length || (length == best!.length && start > best!.start) {
                    best = (start, length, candidate.rule)
                }
            }
        }
        guard let best else { return nil }
        let before = words[..<best.start]
        let after = words[(best.start + best.length)...]
        if after.contains(where: decoysAfter.contains) || before.contains(where: decoysBefore.contains) { return nil }
        let rule = rules[best.rule]
        let personWord = before.last(where: isPersonWord)
        if rule.needsPersonQualifier, let qualifier = before.last, !isPersonWord(qualifier) { return nil }
        return Match(
            rule: rule, phrase: words[best.start..<(best.start + best.length)].joined(separator: " "),
            personWord: personWord)
    }

    /// The `not_personal_names` entry a name holds (`product_ean`, `isbn13`, `app_version` → `ean`, `isbn`,
    /// `app version`) when no column rule matches as many of its words, or nil: the field identifies a thing.
    package func notPersonalPhrase(words: [String]) -> String? {
        let found = notPersonalNames.filter { phrase in
            words.indices.contains { Self.phrase(phrase, standsIn: words, at: $0) }
        }.max { $0.count < $1.count }
        guard let found else { return nil }
        if let match = match(words: words), match.phrase.split(separator: " ").count >= found.count { return nil }
        return found.joined(separator: " ")
    }

    /// Whether `word` says the rows are people (`customer`, `employees`, `Mitarbeiter`).
    package func isPersonWord(_ word: String) -> Bool {
        Self.forms(of: word).contains(where: personWords.contains)
    }

    /// The person word a table name ends with (`tbl_customers`, `customer_archive` → `customers`, `customer`;
    /// `user_roles` → nil: its rows are roles), or nil.
    package func personWord(inTableName table: String) -> String? {
        headWord(ofTableName: table).flatMap { isPersonWord($0) ? $0 : nil }
    }

    /// The organisation word a table name ends with (`Shippers`, `tbl_vendor`), or nil.
    func organisationWord(inTableName table: String) -> String? {
        headWord(ofTableName: table).flatMap { word in
            Self.forms(of: word).contains(where: organisationWords.contains) ? word : nil
        }
    }

    /// Whether a column of type `type` in an organisation's table holds the organisation's contact data.
    func isOrganisationContact(_ type: String) -> Bool {
        organisationContactTypes.contains(type)
    }

    /// The last word of a table name that is not noise (`customers_archive` → `customers`).
    private func headWord(ofTableName table: String) -> String? {
        ColumnNameTokens.tokens(of: table).last { !tableNoiseWords.contains($0) && !$0.allSatisfy(\.isNumber) }
    }

    /// Whether a column of rule `rule` in a table tells that the table is about people.
    func saysPerson(_ match: Match) -> Bool {
        personSiblingTypes.contains(match.rule.type)
            && (match.rule.evidence != .person || match.personWord != nil)
    }

    private func candidates(startingWith word: String) -> [(words: [String], rule: Int)] {
        Self.forms(of: word).flatMap { namesByFirstWord[$0] ?? [] }
    }

    /// Whether `phrase`'s words stand in `words` from `start` on, each the same word or its plural.
    private static func phrase(_ phrase: [String], standsIn words: [String], at start: Int) -> Bool {
        phrase.count <= words.count - start && zip(phrase, words[start...]).allSatisfy { sameWord($0, $1) }
    }

    /// A column word equals a rule word, or is its plural (`emails`, `addresses`, `phones`).
    private static func sameWord(_ rule: String, _ column: String) -> Bool {
        rule == column || forms(of: column).contains(rule)
    }

    /// The word and its singular forms: `addresses` → `addresses`, `addresse`, `address`; `cities` → `city`.
    private static func forms(of word: String) -> [String] {
        guard word.count > 3, word.hasSuffix("s") else { return [word] }
        var forms = [word, String(word.dropLast())]
        if word.hasSuffix("ies") { forms.append(String(word.dropLast(3)) + "y") }
        if word.hasSuffix("es") { forms.append(String(word.dropLast(2))) }
        return forms
    }
}
