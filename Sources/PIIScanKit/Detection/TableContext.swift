/// What a table tells about each of its columns: whether its rows are people or organisations, and why, in words.
///
/// A table is about people when its name ends with a person word (`customers`, `tbl_employee`, `Mitarbeiter`;
/// `user_roles` is about roles) or when another of its columns is one that only people have (an e-mail, a
/// phone, a first name, a birth date: `person_siblings` in `columns.yaml`). A table whose name ends with an
/// organisation word (`shippers`, `vendor`) holds organisations: its e-mails, phones and addresses are theirs,
/// and say nothing of people, unless another column names a person (`contact_name`). The reasons quote
/// vocabulary words only, never a table or column name, since a name may itself be a value.
struct TableContext: Sendable {
    private struct Sibling {
        var position: Int
        var phrase: String
        /// Contact data that an organisation has too (`organisation_contact_types`).
        var isContact: Bool
    }

    private let tablePersonWord: String?
    private let tableOrganisationWord: String?
    private let personSiblings: [Sibling]

    /// A context that says nothing: a single column with no table (a CSV field, a test).
    static let none = TableContext(tablePersonWord: nil, tableOrganisationWord: nil, personSiblings: [])

    private init(tablePersonWord: String?, tableOrganisationWord: String?, personSiblings: [Sibling]) {
        self.tablePersonWord = tablePersonWord
        self.tableOrganisationWord = tableOrganisationWord
        self.personSiblings = personSiblings
    }

    init(table: String, columns: [String], rules: ColumnRules) {
        tablePersonWord = rules.personWord(inTableName: table)
        tableOrganisationWord = tablePersonWord == nil ? rules.organisationWord(inTableName: table) : nil
        personSiblings = columns.enumerated().compactMap { position, column in
            rules.match(column).flatMap { match in
                rules.saysPerson(match)
                    ? Sibling(
                        position: position, phrase: match.phrase,
                        isContact: rules.isOrganisationContact(match.rule.type))
                    : nil
            }
        }
    }

    /// Why the column at `position` is about a person, or nil when nothing in its table says so.
    func personEvidence(forColumnAt position: Int) -> String? {
        if let tablePersonWord { return "the table holds \(tablePersonWord) records" }
        let sibling = personSiblings.first {
            $0.position != position && !($0.isContact && tableOrganisationWord != nil)
        }
        return sibling.map { "a sibling column is \"\($0.phrase)\"" }
    }

    /// Why the column at `position`, of a contact type, holds an organisation's contact data rather than a
    /// person's, or nil.
    func organisationEvidence(forColumnAt position: Int) -> String? {
        guard let tableOrganisationWord, personEvidence(forColumnAt: position) == nil else { return nil }
        return "the table holds \(tableOrganisationWord) records and names no person"
    }
}
