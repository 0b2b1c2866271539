/// A detector's context words: found within `window` bytes either side of a match, in its line or sentence,
/// they raise (positive) or lower (negative) its confidence. Terms and text are compared ignoring case and
/// accents (`téléphone` finds `TÉLÉPHONE` and `Telephone`); a phrase (`date of birth`, `carte d'identité`) is its
/// words in order, with up to four bytes of spaces or punctuation between them (`date_of_birth`, `N° de`).
package struct ContextRule: Sendable {
    /// One side of the rule: single words and phrases.
    package struct Terms: Sendable {
        /// The single words (list 0) and the first words of phrases (list 1), folded (`ContextText.foldedWords`):
        /// one lookup per word of text says whether it is a term or may start one.
        package var words: WordTable
        /// Each phrase as its folded words.
        package var phrases: [[[UInt8]]]

        static let singleWord: UInt64 = 1
        static let phraseStart: UInt64 = 2

        init(_ terms: [String]) {
            let folded = terms.map(ContextText.foldedWords)
            phrases = folded.filter { $0.count > 1 }
            words = WordTable(lists: [
                folded.filter { $0.count == 1 }.map { String(decoding: $0[0], as: UTF8.self) },
                phrases.map { String(decoding: $0[0], as: UTF8.self) },
            ])
        }

        package var isEmpty: Bool { words.count == 0 }
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
