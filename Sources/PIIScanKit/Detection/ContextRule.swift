/// A detector's context words: found within `window` bytes either side of a match, they raise (positive)
/// or lower (negative) its confidence. Single words are looked up word by word; phrases (`date of birth`)
/// are searched as ASCII case-insensitive byte strings on word boundaries.
package struct ContextRule: Sendable {
    /// One side of the rule: single words and phrases.
    package struct Terms: Sendable {
        package var words: WordTable
        package var phrases: [[UInt8]]

        init(_ terms: [String]) {
            words = WordTable(words: terms.filter { !$0.contains(" ") })
            phrases = terms.filter { $0.contains(" ") }.map { Array($0.utf8).map(asciiLowercased) }
        }

        package var isEmpty: Bool { words.count == 0 && phrases.isEmpty }
    }

    package var window: Int
    package var positive: Terms
    package var boost: Double
    package var negative: Terms
    package var penalty: Double
    /// Words near which a private-use value (`ValidationVerdict.privateUse`) identifies a device.
    package var identifying: Terms

    package static let defaultWindow = 48
    package static let defaultBoost = 0.2
    package static let defaultPenalty = 0.4

    package init(_ spec: ContextSpec?) {
        window = spec?.window ?? Self.defaultWindow
        positive = Terms(spec?.positive ?? [])
        boost = spec?.boost ?? Self.defaultBoost
        negative = Terms(spec?.negative ?? [])
        penalty = spec?.penalty ?? Self.defaultPenalty
        identifying = Terms(spec?.identifies ?? [])
    }

    package var isEmpty: Bool { positive.isEmpty && negative.isEmpty }
}
