/// Runs the column rules' `examples` against the loaded rules: a `match` example (`column` or `table.column`)
/// must be claimed by its rule, about people when the rule needs that; a `reject` example must not be. The test
/// suite runs it for every bundled rule and `piiscan patterns test FILE` for a user's file.
public struct ColumnRuleExampleRunner: Sendable {
    private let rules: ColumnRules

    public init(catalog: Catalog) {
        rules = catalog.columnRules
    }

    /// The examples of every rule whose file is in `files` (every rule when nil), in rule order.
    public func runAll(files: Set<String>? = nil) -> [PatternExampleRunner.Outcome] {
        rules.rules.filter { files?.contains($0.sourceFile) ?? true }.flatMap(run)
    }

    func run(_ rule: ColumnRule) -> [PatternExampleRunner.Outcome] {
        rule.matchExamples.map { example in
            let claimer = claimingRule(example)
            let failure = claimer == rule.id ? nil : "expected rule \(rule.id), got \(claimer ?? "no rule")"
            return .init(detector: rule.id, kind: .match, example: example, failure: failure)
        }
            + rule.rejectExamples.map { example in
                let claimer = claimingRule(example)
                let failure = claimer == rule.id ? "expected no match by \(rule.id)" : nil
                return .init(detector: rule.id, kind: .reject, example: example, failure: failure)
            }
    }

    /// The rule that claims the example's column in its table, or nil.
    private func claimingRule(_ example: String) -> String? {
        let (table, column) =
            example.lastIndex(of: ".").map {
                (String(example[..<$0]), String(example[example.index(after: $0)...]))
            } ?? ("", example)
        guard let match = rules.match(column) else { return nil }
        if match.rule.evidence == .person, match.personWord == nil,
            TableContext(table: table, columns: [column], rules: rules).personEvidence(forColumnAt: 0) == nil
        {
            return nil
        }
        return match.rule.id
    }
}
