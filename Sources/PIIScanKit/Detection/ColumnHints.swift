/// Column-name heuristics from `columns.yaml`: which PII type a CSV header, JSON key or database column
/// name suggests, and which names are decoys (`email_sent_count`, `phone_verified`).
package struct ColumnHints: Sendable {
    /// The Codable shape of `columns.yaml`.
    struct File: Codable {
        struct Entry: Codable {
            var type: String
            var category: String
            var names: [String]
            /// The name alone is evidence: value detectors rarely recognise these values without context.
            var nameSuffices: Bool?

            enum CodingKeys: String, CodingKey {
                case type, category, names
                case nameSuffices = "name_suffices"
            }
        }
        struct Decoys: Codable {
            var names: [String]?
            var suffixes: [String]?
        }
        var columns: [Entry]
        var decoys: Decoys?
    }

    /// What a column name says: the type and category it suggests, and whether the name alone suffices.
    package struct Hint: Sendable, Hashable {
        package var type: String
        package var category: String
        package var nameSuffices: Bool
    }

    private var hintByName: [String: Hint] = [:]
    private var decoyNames: Set<String> = []
    private var decoySuffixes: [String] = []

    package static let empty = ColumnHints()

    private init() {}

    init(file: File) {
        for entry in file.columns {
            let hint = Hint(type: entry.type, category: entry.category, nameSuffices: entry.nameSuffices ?? false)
            for name in entry.names { hintByName[Self.normalize(name)] = hint }
        }
        decoyNames = Set((file.decoys?.names ?? []).map(Self.normalize))
        decoySuffixes = (file.decoys?.suffixes ?? []).map(Self.normalize)
    }

    /// The PII type a field or column name suggests; nil for decoys and unknown names.
    ///
    /// `Customer E-Mail` → `customer_e_mail`; an exact hint wins, then decoys are ruled out, then a hint that
    /// ends the name (`customer_email` → `email`) counts.
    package func type(forName name: String) -> String? {
        hint(forName: name)?.type
    }

    /// The full hint behind `type(forName:)`.
    package func hint(forName name: String) -> Hint? {
        let normalized = Self.normalize(name)
        if let hint = hintByName[normalized] { return hint }
        if decoyNames.contains(normalized) || decoySuffixes.contains(where: { normalized.hasSuffix($0) }) {
            return nil
        }
        var remainder = Substring(normalized)
        while let underscore = remainder.firstIndex(of: "_") {
            remainder = remainder[remainder.index(after: underscore)...]
            if let hint = hintByName[String(remainder)] { return hint }
        }
        return nil
    }

    /// Lowercase, every run of non-alphanumeric characters as one `_`, no leading or trailing `_`.
    static func normalize(_ name: String) -> String {
        var result = ""
        var pendingUnderscore = false
        for character in name.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingUnderscore && !result.isEmpty { result.append("_") }
                pendingUnderscore = false
                result.append(character)
            } else {
                pendingUnderscore = true
            }
        }
        return result
    }
}
