/// The words privacy teams write in the ICO template's cells, mapped to the RoPA file's values: the raw values
/// themselves, their wording (`Legal obligation`), or the Article point (`Art. 6(1)(c)`, `9(2)(b)`).
enum ICOVocabulary {
    static func legalBasis(_ text: String) -> RoPAActivity.LegalBasis? {
        if let letter = articleLetter(text, article: "6(1)"), let index = letterIndex(letter, count: 6) {
            return RoPAActivity.LegalBasis.allCases[index]
        }
        return RoPAActivity.LegalBasis(rawValue: normalized(text))
    }

    static func specialCategoryCondition(_ text: String) -> String? {
        let conditions = RoPAActivity.specialCategoryConditions
        if let letter = articleLetter(text, article: "9(2)"), let index = letterIndex(letter, count: conditions.count) {
            return conditions[index]
        }
        let value = normalized(text)
        return conditions.contains(value) ? value : nil
    }

    static func dpia(_ text: String) -> RoPAActivity.DPIAStatus? {
        switch normalized(text) {
        case "yes", "required", "in_progress", "planned", "needed": .required
        case "done", "completed", "complete": .done
        case "no", "not_required", "n/a", "na", "none", "not_needed": .notRequired
        default: nil
        }
    }

    static func role(_ text: String) -> RoPAActivity.Role? {
        switch normalized(text) {
        case "controller", "joint_controller", "data_controller": .controller
        case "processor", "data_processor": .processor
        default: nil
        }
    }

    /// `In scope` (also `yes`, `included`) → true, `Out of scope` (`no`, `excluded`) → false; nil otherwise.
    static func inScope(_ text: String) -> Bool? {
        switch normalized(text) {
        case "in_scope", "in", "yes", "included", "include": true
        case "out_of_scope", "out", "no", "excluded", "exclude": false
        default: nil
        }
    }

    /// `Legitimate interests` → `legitimate_interests`.
    private static func normalized(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }).joined(separator: "_")
    }

    /// The letter after `6(1)` in `Art. 6(1)(f)`, `Article 6(1)(f) - legitimate interests` or `6(1)(f)`.
    private static func articleLetter(_ text: String, article: String) -> Character? {
        let compact = text.lowercased().filter { !$0.isWhitespace }
        guard let range = compact.range(of: article + "(") else { return nil }
        let rest = compact[range.upperBound...]
        guard let letter = rest.first, rest.dropFirst().first == ")" else { return nil }
        return letter
    }

    private static func letterIndex(_ letter: Character, count: Int) -> Int? {
        guard let value = letter.asciiValue, value >= 97, Int(value) - 97 < count else { return nil }
        return Int(value) - 97
    }
}
