/// The triage decisions that hold on a given day, and what they do to findings, violations and the gate's columns.
///
/// Of the decisions on one target, the latest holds; of the targets that match a finding, the decision made last
/// holds, so a `reopen` on one fingerprint overrides an earlier `accept` on its whole directory. A decision
/// *excuses* what it holds for (it no longer fails a scan, `diff` or the gate) when it is a false positive, or an
/// accepted risk whose review day has not passed.
public struct TriageBook: Sendable {
    /// The decision that holds per target, in the order they were made.
    public let decisions: [TriageDecision]
    /// The day review and due dates are compared with.
    public let today: CalendarDay
    private let byFingerprint: [String: Int]
    private let others: [Int]

    /// A book of `all` decisions in any order (older ones on the same target are set aside).
    public init(_ all: [TriageDecision], today: CalendarDay) {
        var latest: [TriageTarget: TriageDecision] = [:]
        for decision in all where latest[decision.target].map({ $0.decidedAt <= decision.decidedAt }) ?? true {
            latest[decision.target] = decision
        }
        decisions = latest.values.sorted {
            ($0.decidedAt, $0.target.description) < ($1.decidedAt, $1.target.description)
        }
        var byFingerprint: [String: Int] = [:]
        var others: [Int] = []
        for (index, decision) in decisions.enumerated() {
            if case .fingerprint(let fingerprint) = decision.target {
                byFingerprint[fingerprint] = index
            } else {
                others.append(index)
            }
        }
        self.byFingerprint = byFingerprint
        self.others = others
        self.today = today
    }

    public var isEmpty: Bool { decisions.isEmpty }

    /// The decision that holds for `finding`, or nil (none, or the last one a `reopen`).
    public func decision(for finding: Finding) -> TriageDecision? {
        var best = byFingerprint[finding.fingerprint]
        for index in others
        where best.map({ index > $0 }) ?? true && Self.target(decisions[index].target, covers: finding) {
            best = index
        }
        return held(best)
    }

    /// The decision that holds for `violation`, or nil.
    public func decision(for violation: Violation) -> TriageDecision? {
        held(
            others.last { index in
                guard case .violation(let kind, let system, let category) = decisions[index].target else {
                    return false
                }
                return kind == violation.kind && (system == nil || system == violation.system)
                    && (category == nil || category == violation.category)
            })
    }

    /// The decision that holds for a column the gate checks (`schema.table.column`, qualified in full or with the
    /// default schema left out), or nil.
    public func decision(forColumn names: [String]) -> TriageDecision? {
        held(
            others.last { index in
                guard case .column(nil, let column) = decisions[index].target else { return false }
                return names.contains(column)
            })
    }

    /// Findings as reports show them: false positives left out (their count returned), the others marked with
    /// the decision that holds for them.
    public func apply(_ findings: [Finding]) -> (kept: [Finding], falsePositives: Int) {
        mark(findings, decision: decision(for:), setting: \.triage)
    }

    /// Violations as reports show them: false positives left out (their count returned), the others marked.
    public func apply(_ violations: [Violation]) -> (kept: [Violation], falsePositives: Int) {
        mark(violations, decision: decision(for:), setting: \.triage)
    }

    private func mark<Item>(
        _ items: [Item], decision: (Item) -> TriageDecision?, setting mark: WritableKeyPath<Item, TriageMark?>
    ) -> (kept: [Item], falsePositives: Int) {
        guard !isEmpty else { return (items, 0) }
        var kept: [Item] = []
        kept.reserveCapacity(items.count)
        for var item in items {
            guard let decision = decision(item) else {
                kept.append(item)
                continue
            }
            guard decision.verdict != .falsePositive else { continue }
            item[keyPath: mark] = TriageMark(decision, today: today)
            kept.append(item)
        }
        return (kept, items.count - kept.count)
    }

    /// Accepted risks past their review day and remediation past its due day.
    public var overdue: [TriageDecision] { decisions.filter { $0.isOverdue(on: today) } }

    private func held(_ index: Int?) -> TriageDecision? {
        guard let index, decisions[index].verdict != .reopened else { return nil }
        return decisions[index]
    }

    private static func target(_ target: TriageTarget, covers finding: Finding) -> Bool {
        switch (target, finding.location) {
        case (.path(let glob), .file(let file)):
            let pattern = GlobPattern(glob.hasPrefix("./") ? String(glob.dropFirst(2)) : glob)
            let disk = file.diskPath.hasPrefix("./") ? String(file.diskPath.dropFirst(2)) : file.diskPath
            let chain = file.chainPath.hasPrefix("./") ? String(file.chainPath.dropFirst(2)) : file.chainPath
            return pattern.matches(Array(chain.utf8)) || pattern.matchesPathOrParent(disk)
        case (.column(let store, let column), .column(let location)):
            guard column == "\(location.schema).\(location.table).\(location.column)" else { return false }
            guard let store else { return true }
            return StoreLocator(store).map { $0 == StoreLocator(location.store) } ?? (store == location.store)
        default:
            return false
        }
    }
}

/// A finding's triage state as reports show it: the verdict, its day, and whether that day has passed.
public struct TriageMark: Sendable, Hashable, Codable {
    public var verdict: TriageVerdict
    public var due: String?
    public var overdue: Bool
    public var reason: String?
    public var owner: String?

    public init(_ decision: TriageDecision, today: CalendarDay) {
        verdict = decision.verdict
        due = decision.due?.description
        overdue = decision.isOverdue(on: today)
        reason = decision.reason
        owner = decision.owner
    }

    /// True when the decision stops what it marks from failing: an accepted risk before its review day (a false
    /// positive is never reported at all).
    public var excuses: Bool {
        verdict == .falsePositive || (verdict == .accepted && !overdue)
    }

    /// `accepted until 2027-03-31`, `remediate by 2027-01-15 (overdue)`.
    public var summary: String {
        let word = verdict == .accepted ? "until" : "by"
        return verdict.rawValue + (due.map { " \(word) \($0)" } ?? "") + (overdue ? " (overdue)" : "")
    }
}
