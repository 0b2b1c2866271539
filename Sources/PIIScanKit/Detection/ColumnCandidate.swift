/// One type a column might hold, with the confidence its evidence gives and that evidence in words; the
/// classifier keeps the best candidate per JSON path as the verdict and lists the others as alternatives.
struct ColumnCandidate {
    var type: String
    var category: String
    /// The detector id (value evidence) or column rule id (name evidence).
    var detector: String
    var confidence: Double
    /// Masked value, or `(column name)` when no value supports the candidate.
    var evidence: String
    var revealedValue: String?
    var rowsMatched = 0
    var jsonPath: String?
    var reason: String
    var quasiIdentifier = false

    /// `97%` for shares of 10% and more, `4 of 100` below: a small share reads better as counts.
    static func share(_ matched: Int, of sampled: Int) -> String {
        guard sampled > 0 else { return "0" }
        let percent = Double(matched) * 100 / Double(sampled)
        return percent >= 10 ? "\(Int(percent.rounded()))% of \(sampled)" : "\(matched) of \(sampled)"
    }
}
