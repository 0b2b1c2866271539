import Foundation

/// The confidence formulas of `ColumnClassifier`, kept together so they can be read and tuned as one
/// (docs/columns.md explains them with examples).
enum ColumnConfidence {
    /// A share of matching values counts at its 95% Wilson lower bound, so 1 match in 104 rows is weak and
    /// 184 of 718 strong; a bound of `denseBound` or more is a dense column (no discount).
    static let denseBound = 0.3
    /// A sparse column keeps at least this fraction of its values' mean confidence.
    static let sparseFloor = 0.6
    /// One or two matches among `fewSampled` or more values could be chance: their confidence is multiplied by
    /// `fewFactor`.
    static let fewMatches = 2
    static let fewSampled = 20
    static let fewFactor = 0.6
    /// Added when the column name names the same type, over a floor of `agreeingFloor`.
    static let nameBoost = 0.2
    static let agreeingFloor = 0.75
    static let maximum = 0.99
    /// When at least this share of values is detected as the type, the agreement across rows is evidence in
    /// itself: a weak detector (a person name alone is 0.35) is lifted by `agreementBoost`, up to
    /// `agreementCeiling`. Placeholder-level matches (test numbers, reserved domains) are never lifted.
    static let agreementShare = 0.8
    static let agreementBoost = 0.3
    static let agreementCeiling = 0.7

    /// Confidence of a name with nothing else: a rule whose name suffices, and a name with no values to check.
    static let nameSuffices = 0.65
    static let nameUnchecked = 0.6
    /// A name the sampled values contradict, or that needs a person and found none: below the default threshold.
    static let nameContradicted = 0.3
    /// A name the values support (names that look like people's, numbers of phone length).
    static let nameSupported = 0.85
    /// A column type that proves the type (`inet`) without a name that agrees.
    static let typeImplied = 0.6

    /// Matches in `matched` of `sampled` values (`placeholders` of them placeholder-level):
    /// `mean × (0.6 + 0.4 × min(1, wilson / 0.3))`, × 0.6 for one or two matches in 20 or more values, lifted
    /// to `min(0.7, mean + 0.3)` when 80% or more of the values match; with an agreeing name,
    /// `max(that, 0.75) + 0.2`. Placeholders (reserved domains, private addresses, test numbers) pull the result,
    /// only in proportion to their share of the matches, towards their own confidence, or with an agreeing name
    /// towards `nameSuffices`: values of the type the name says confirm the column even when they are not real.
    static func fromValues(
        meanConfidence: Double, matched: Int, placeholders: Int, sampled: Int, nameAgrees: Bool
    ) -> Double {
        let placeholderLevel = nameAgrees ? nameSuffices : Engine.placeholderConfidence
        guard matched > placeholders else { return nameAgrees ? nameSuffices : min(meanConfidence, placeholderLevel) }
        let share = sampled > 0 ? Double(matched) / Double(sampled) : 0
        let density = sparseFloor + (1 - sparseFloor) * min(1, wilsonLowerBound(matched, of: sampled) / denseBound)
        var confidence = meanConfidence * density
        if matched <= fewMatches && sampled >= fewSampled { confidence *= fewFactor }
        if share >= agreementShare {
            confidence = max(confidence, min(agreementCeiling, meanConfidence + agreementBoost))
        }
        if nameAgrees { confidence = max(confidence, agreeingFloor) + nameBoost }
        let placeholderShare = Double(placeholders) / Double(matched)
        confidence = confidence * (1 - placeholderShare) + placeholderLevel * placeholderShare
        return min(maximum, confidence)
    }

    /// The 95% Wilson score lower bound of `matched / sampled` (0 for no sample).
    static func wilsonLowerBound(_ matched: Int, of sampled: Int) -> Double {
        guard sampled > 0 else { return 0 }
        let n = Double(sampled)
        let p = Double(matched) / n
        let z = 1.96
        let centre = p + z * z / (2 * n)
        let spread = z * ((p * (1 - p) + z * z / (4 * n)) / n).squareRoot()
        return max(0, (centre - spread) / (1 + z * z / n))
    }
}
