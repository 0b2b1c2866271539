/// What a column's name, or else its comment, says through the column rules, once the type class allows it
/// (an `inet` column named `address` is not a street address).
struct ColumnNameEvidence {
    let match: ColumnRules.Match
    /// The rule matched the column's comment (PostgreSQL `COMMENT ON COLUMN`), not its name.
    let fromComment: Bool

    init?(_ sample: ColumnSample, rules: ColumnRules) {
        let allowed = { (match: ColumnRules.Match) in ColumnTypeRules.acceptsName(match.rule.type, in: sample.typeClass)
        }
        if let match = rules.match(sample.location.column), allowed(match) {
            (self.match, fromComment) = (match, false)
        } else if let comment = sample.comment, let match = rules.match(comment), allowed(match) {
            (self.match, fromComment) = (match, true)
        } else {
            return nil
        }
    }

    /// `name "first name"` or `comment mentions "email"`: the matched rule words, never the name itself.
    var description: String {
        fromComment ? "comment mentions \"\(match.phrase)\"" : "name \"\(match.phrase)\""
    }
}
