/// Validates the column rules of one pattern file (`columns:` and the word lists beside it) and turns them
/// into `ColumnRule`s; every error points at the offending field.
struct ColumnRuleCompiler {
    /// The top-level keys a file may hold for column rules.
    static let fileKeys: Set<String> = [
        "columns", "person_words", "person_siblings", "organisation_words", "organisation_contact_types",
        "table_noise_words", "decoy_words", "not_personal_names",
    ]
    private static let ruleKeys: Set<String> = [
        "id", "type", "category", "evidence", "qualifier", "quasi", "secret", "digits", "names", "examples",
    ]

    let yaml: YAMLFile
    let taxonomy: Taxonomy

    /// The file's rule section, checked for unknown keys before decoding so a misspelt key is named at its line.
    func decode() throws(ConfigFileError) -> ColumnRuleFile {
        try yaml.checkKeys(at: [.key("decoy_words")], allowed: ["after", "before"])
        for index in 0..<yaml.count(at: [.key("columns")]) {
            let base: [YAMLFile.PathComponent] = [.key("columns"), .index(index)]
            try yaml.checkKeys(at: base, allowed: Self.ruleKeys)
            try yaml.checkKeys(at: base + [.key("digits")], allowed: ["min", "max"])
            try yaml.checkKeys(at: base + [.key("examples")], allowed: ["match", "reject"])
        }
        return try yaml.decode(ColumnRuleFile.self)
    }

    func compile(_ file: ColumnRuleFile) throws(ConfigFileError) -> [ColumnRule] {
        let wordLists: [(path: [YAMLFile.PathComponent], words: [String])] = [
            ([.key("person_words")], file.personWords ?? []), ([.key("table_noise_words")], file.tableNoiseWords ?? []),
            ([.key("organisation_words")], file.organisationWords ?? []),
            ([.key("decoy_words"), .key("after")], file.decoyWords?.after ?? []),
            ([.key("decoy_words"), .key("before")], file.decoyWords?.before ?? []),
        ]
        for (path, words) in wordLists {
            if let index = words.firstIndex(where: { ColumnNameTokens.tokens(of: $0).count != 1 }) {
                throw yaml.error(at: path + [.index(index)], "each entry is one word")
            }
        }
        var rules: [ColumnRule] = []
        for (index, entry) in (file.columns ?? []).enumerated() {
            rules.append(try compile(entry, at: [.key("columns"), .index(index)]))
        }
        return rules
    }

    private func compile(_ entry: ColumnRuleFile.Entry, at base: [YAMLFile.PathComponent]) throws(ConfigFileError)
        -> ColumnRule
    {
        guard !entry.id.isEmpty, entry.id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else {
            throw yaml.error(at: base + [.key("id")], "an id is letters, digits, '_' and '-'")
        }
        guard taxonomy.contains(entry.category) else {
            throw yaml.error(
                at: base + [.key("category")], "'\(entry.category)' is not a taxonomy key (Patterns/taxonomy.yaml)")
        }
        if let qualifier = entry.qualifier, qualifier != "person" {
            throw yaml.error(at: base + [.key("qualifier")], "the only qualifier is 'person'")
        }
        if let digits = entry.digits, !(1...digits.max).contains(digits.min) {
            throw yaml.error(at: base + [.key("digits")], "needs 1 <= min <= max")
        }
        let names = entry.names.map(ColumnNameTokens.tokens(of:))
        if let empty = names.firstIndex(where: \.isEmpty) {
            throw yaml.error(at: base + [.key("names"), .index(empty)], "a name needs at least one letter or digit")
        }
        guard !names.isEmpty else { throw yaml.error(at: base + [.key("names")], "a rule needs at least one name") }
        return ColumnRule(
            id: entry.id, type: entry.type, category: entry.category, evidence: entry.evidence ?? .values,
            needsPersonQualifier: entry.qualifier == "person", quasiIdentifier: entry.quasi ?? false,
            secret: entry.secret ?? false, digits: entry.digits.map { $0.min...$0.max }, names: names,
            matchExamples: entry.examples?.match ?? [], rejectExamples: entry.examples?.reject ?? [],
            sourceFile: yaml.name)
    }
}
