/// How many of a column's sampled values look like people's names (`PersonNameShape`, the name lexicon), judged
/// with the sample's size (the share's 95% Wilson lower bound).
struct PersonNameValues {
    private let judgement: PersonNameJudgement

    /// Nil when there are no values to judge. `personContext`: the table or name already says "person", so
    /// common words that are also names (Rose, Young) count on their own.
    init?(_ sample: ColumnSample, personContext: Bool) {
        guard sample.typeClass == .text || sample.typeClass == .other else { return nil }
        judgement = PersonNameShape.judge(values: sample.values, personContext: personContext)
        guard judgement.sampled > 0 else { return nil }
    }

    var matched: Int { judgement.matched }

    /// Enough values look like names to back a name rule.
    var supportsName: Bool { judgement.lowerBound >= 0.3 }
    /// Most values look like names: evidence enough without a name rule.
    var looksLikeNames: Bool { judgement.lowerBound >= 0.5 }
    /// Many values and none looks like a name: the column holds something else.
    var contradictsName: Bool { judgement.sampled >= 30 && judgement.matched == 0 }

    var description: String {
        judgement.matched == 0
            ? "none of \(judgement.sampled) values look like people's names"
            : "\(ColumnCandidate.share(judgement.matched, of: judgement.sampled)) values look like people's names"
    }
}
