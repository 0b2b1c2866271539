/// What a table tells about each of its columns: whether its rows are people, and why, in words.
///
/// A table is about people when its name ends with a person word (`customers`, `tbl_employee`, `Mitarbeiter`;
/// `user_roles` is about roles) or when another of its columns is one that only people have (an e-mail, a
/// phone, a first name, a birth date: `person_siblings` in `columns.yaml`). The reasons quote vocabulary words
/// only, never a table or column name, since a name may itself be a value.
struct TableContext: Sendable {
    private let tablePersonWord: String?
    /// The matched phrase of each column that says "person", by column position.
    private let personSiblings: [(position: Int, phrase: String)]

    /// A context that says nothing: a single column with no table (a CSV field, a test).
    static let none = TableContext(tablePersonWord: nil, personSiblings: [])

    private init(tablePersonWord: String?, personSiblings: [(position: Int, phrase: String)]) {
        self.tablePersonWord = tablePersonWord
        self.personSiblings = personSiblings
    }

    init(table: String, columns: [String], rules: ColumnRules) {
        tablePersonWord = rules.personWord(inTableName: table)
        personSiblings = columns.enumerated().compactMap { position, column in
            rules.match(column).flatMap { rules.saysPerson($0) ? (position, $0.phrase) : nil }
        }
    }

    /// Why the column at `position` is about a person, or nil when nothing in its table says so.
    func personEvidence(forColumnAt position: Int) -> String? {
        if let tablePersonWord { return "the table holds \(tablePersonWord) records" }
        if let sibling = personSiblings.first(where: { $0.position != position }) {
            return "a sibling column is \"\(sibling.phrase)\""
        }
        return nil
    }
}
