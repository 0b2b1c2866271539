/// How many of a column's sampled values look like people's names, judged with the sample's size.
struct PersonNameValues {
    let matched: Int
    let sampled: Int

    /// Nil when there are no values to judge.
    init?(_ sample: ColumnSample, tally: ColumnMatchTally?) {
        guard !sample.values.isEmpty else { return nil }
        sampled = sample.values.count
        matched = tally?.entries[ColumnMatchTally.Key(type: "person_name", jsonPath: nil)]?.valuesMatched ?? 0
    }

    private var lowerBound: Double { ColumnConfidence.wilsonLowerBound(matched, of: sampled) }

    /// Enough values look like names to back a name rule.
    var supportsName: Bool { lowerBound >= 0.3 }
    /// Most values look like names: evidence enough without a name rule.
    var looksLikeNames: Bool { lowerBound >= 0.5 }
    /// Many values and none looks like a name: the column holds something else.
    var contradictsName: Bool { sampled >= 30 && matched == 0 }

    var description: String {
        matched == 0
            ? "none of \(sampled) values look like people's names"
            : "\(ColumnCandidate.share(matched, of: sampled)) values look like people's names"
    }
}
