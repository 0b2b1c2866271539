/// How many of a column's sampled values look like people's names (`PersonNameShape`), judged with the
/// sample's size: `lowerBound` is the Wilson score lower bound of the share at 95%, so 1 of 2 values
/// (0.09) weighs far less than 500 of 1,000 (0.47).
struct PersonNameJudgement: Sendable, Equatable {
    /// Values that look like a name.
    let matched: Int
    /// Non-empty values looked at (empty and whitespace-only values are not counted).
    let sampled: Int

    var share: Double { sampled == 0 ? 0 : Double(matched) / Double(sampled) }

    /// Wilson score lower bound of the share at 95% (`ColumnConfidence.wilsonLowerBound`); 0 with no values.
    var lowerBound: Double { ColumnConfidence.wilsonLowerBound(matched, of: sampled) }
}

extension PersonNameShape {
    /// Judges a column's sampled values (bytes as read, any length); `personContext` as for `looksLikeName`.
    static func judge(
        values: [[UInt8]], personContext: Bool = false, lexicon: NameLexicon = .bundled
    ) -> PersonNameJudgement {
        var matched = 0
        var sampled = 0
        for value in values {
            value.withUnsafeBufferPointer { bytes in
                guard !trimmed(bytes).isEmpty else { return }
                sampled += 1
                if looksLikeName(bytes, personContext: personContext, lexicon: lexicon) { matched += 1 }
            }
        }
        return PersonNameJudgement(matched: matched, sampled: sampled)
    }
}
