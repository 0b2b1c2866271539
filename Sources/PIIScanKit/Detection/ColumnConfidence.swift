/// The confidence formulas of `ColumnClassifier`, kept together so they can be read and tuned as one.
enum ColumnConfidence {
    /// Matches in at least this share of values count as a dense column (no sparsity discount).
    static let denseShare = 0.5
    /// A sparse column keeps at least this fraction of its values' mean confidence.
    static let sparseFloor = 0.6
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

    /// `mean × (0.6 + 0.4 × min(1, share / 0.5))`, lifted to `min(0.7, mean + 0.3)` when 80% or more of the
    /// values match; with an agreeing name, `max(that, 0.75) + 0.2`.
    /// A 90%-confident email in 3% of rows gives 0.56 (reported at the default 0.5 threshold); in 80% of
    /// rows of a column named `email`, 0.99.
    static func fromValues(meanConfidence: Double, matched: Int, sampled: Int, nameAgrees: Bool) -> Double {
        let share = sampled > 0 ? Double(matched) / Double(sampled) : 0
        let density = sparseFloor + (1 - sparseFloor) * min(1, share / denseShare)
        var confidence = meanConfidence * density
        if share >= agreementShare && meanConfidence > Engine.placeholderConfidence {
            confidence = max(confidence, min(agreementCeiling, meanConfidence + agreementBoost))
        }
        if nameAgrees { confidence = max(confidence, agreeingFloor) + nameBoost }
        return min(maximum, confidence)
    }

    /// A name with no matching values: 0.6 when there were no values to check; 0.65 when the name suffices
    /// (the detectors cannot confirm such values, or the type class does); 0.3 — below the default threshold
    /// — when values were sampled and none looked like the type the name promises.
    static func fromName(sampled: Int, nameSuffices: Bool) -> Double {
        if nameSuffices { return 0.65 }
        return sampled == 0 ? 0.6 : 0.3
    }
}
