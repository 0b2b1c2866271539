/// One rule of `columns.yaml` (or of a user pattern file's `columns:`): which PII type a column name suggests
/// and what else the name needs before it counts.
package struct ColumnRule: Sendable, Hashable {
    /// What the name needs before it counts (`evidence:` in the file).
    package enum Evidence: String, Sendable, Codable {
        /// The sampled values must confirm the type; the name raises their confidence.
        case values
        /// The name alone is evidence: detectors rarely recognise such values without context.
        case name
        /// The name counts only about people: a person table, person siblings, or values that look like names.
        case person
    }

    package var id: String
    package var type: String
    package var category: String
    package var evidence: Evidence
    /// A word before the name word must be a person word (`customer_name`), or the column names a thing.
    package var needsPersonQualifier: Bool
    /// A quasi-identifier (city, gender, job title): reported with low severity.
    package var quasiIdentifier: Bool
    /// A credential: its values are never shown, not even with `--reveal`.
    package var secret: Bool
    /// Values with this many digits (and phone punctuation) confirm the name.
    package var digits: ClosedRange<Int>?
    /// Each name as its words (`first_name` → `["first", "name"]`).
    package var names: [[String]]
    /// Column names (`table.column` to give a table) the rule must match, and must not.
    package var matchExamples: [String]
    package var rejectExamples: [String]
    /// The pattern file the rule came from.
    package var sourceFile: String

    /// The rule as reports and `patterns list` describe it.
    package var info: DetectorInfo {
        let needs: String
        switch evidence {
        case .values: needs = "confirmed by the sampled values"
        case .name: needs = "the name alone suffices"
        case .person: needs = "only about people"
        }
        let kind = quasiIdentifier ? "quasi-identifier " : secret ? "credential " : ""
        return DetectorInfo(
            id: id, type: type, category: category, summary: "column rule: \(kind)\(type) (\(category)), \(needs)")
    }
}

/// The Codable shape of a file's column rules (`columns.yaml`, or `columns:` in a user pattern file).
struct ColumnRuleFile: Codable {
    struct Entry: Codable {
        struct Digits: Codable {
            var min: Int
            var max: Int
        }
        struct Examples: Codable {
            var match: [String]?
            var reject: [String]?
        }
        var id: String
        var type: String
        var category: String
        var evidence: ColumnRule.Evidence?
        var qualifier: String?
        var quasi: Bool?
        var secret: Bool?
        var digits: Digits?
        var names: [String]
        var examples: Examples?
    }
    struct DecoyWords: Codable {
        var after: [String]?
        var before: [String]?
    }
    var personWords: [String]?
    var personSiblings: [String]?
    var organisationWords: [String]?
    var organisationContactTypes: [String]?
    var tableNoiseWords: [String]?
    var notPersonalNames: [String]?
    var decoyWords: DecoyWords?
    var columns: [Entry]?

    enum CodingKeys: String, CodingKey {
        case personWords = "person_words"
        case personSiblings = "person_siblings"
        case tableNoiseWords = "table_noise_words"
        case organisationWords = "organisation_words"
        case organisationContactTypes = "organisation_contact_types"
        case notPersonalNames = "not_personal_names"
        case decoyWords = "decoy_words"
        case columns
    }
}
