/// The readable words `ropa export` writes in the ICO template's cells, each of which `ICOVocabulary` reads
/// back to the same value: `Contract (Art. 6(1)(b))`, `Employment and social security (Art. 9(2)(b))`,
/// `Not required`, and category names (`Email address`) where the name leads back to the same key.
struct ICOLabels {
    /// Lowercased category names and keys → taxonomy key, as the importer reads them.
    let categoryKeys: [String: String]
    private let names: [String: String]

    init(taxonomy: Taxonomy) {
        var byName: [String: String] = [:]
        for category in taxonomy.categories.values.sorted(by: { $0.key < $1.key }) {
            if byName[category.name.lowercased()] == nil { byName[category.name.lowercased()] = category.key }
        }
        for key in taxonomy.categories.keys { byName[key.lowercased()] = key }
        categoryKeys = byName
        names = taxonomy.categories.mapValues(\.name)
    }

    /// The category's name when it reads back as the same key and holds no list separator; else the key.
    func category(_ key: String) -> String {
        guard let name = names[key], categoryKeys[name.lowercased()] == key,
            !name.contains(where: { $0 == "," || $0 == ";" || $0.isNewline })
        else { return key }
        return name
    }

    static func legalBasis(_ basis: RoPAActivity.LegalBasis) -> String {
        let index = RoPAActivity.LegalBasis.allCases.firstIndex(of: basis) ?? 0
        let words =
            switch basis {
            case .consent: "Consent"
            case .contract: "Contract"
            case .legalObligation: "Legal obligation"
            case .vitalInterests: "Vital interests"
            case .publicTask: "Public task"
            case .legitimateInterests: "Legitimate interests"
            }
        return "\(words) (Art. 6(1)(\(letter(index))))"
    }

    /// The Art. 9(2) condition's wording and point; an unknown value as it is.
    static func specialCategoryCondition(_ condition: String) -> String {
        guard let index = RoPAActivity.specialCategoryConditions.firstIndex(of: condition) else { return condition }
        let words = [
            "Explicit consent", "Employment and social security", "Vital interests", "Not-for-profit body",
            "Made public by the data subject", "Legal claims", "Substantial public interest", "Health or social care",
            "Public health", "Archiving, research or statistics",
        ][index]
        return "\(words) (Art. 9(2)(\(letter(index))))"
    }

    static func dpia(_ status: RoPAActivity.DPIAStatus) -> String {
        switch status {
        case .required: "Required"
        case .done: "Completed"
        case .notRequired: "Not required"
        }
    }

    /// `Controller`, `Draft`: the raw value with a capital.
    static func capitalized(_ value: String) -> String {
        value.prefix(1).uppercased() + value.dropFirst()
    }

    /// Whether the PIMS scope includes or excludes the system; empty when it names it in neither list.
    static func scope(_ scope: RoPAScope?, system: String) -> String {
        if scope?.include.contains(system) == true { return inScope }
        if scope?.exclude.contains(system) == true { return outOfScope }
        return ""
    }

    static let inScope = "In scope"
    static let outOfScope = "Out of scope"

    private static func letter(_ index: Int) -> Character {
        Character(Unicode.Scalar(UInt8(97 + index)))
    }
}
