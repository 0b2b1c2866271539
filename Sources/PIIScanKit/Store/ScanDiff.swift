/// What changed between two runs: findings and violations that are new in the later run, resolved (gone from
/// it), or unchanged, and violations whose locations changed.
///
/// A finding is the same when its type, location (file path, or store/schema/table/column and JSON path) and
/// fingerprint are: a value that moved to another line of the same file is unchanged. A violation is the same
/// when its kind, system and category are; if its locations differ it is *changed* (`ViolationChange`), never
/// new, so a violation found in fewer places than before is no alarm. Equal identities are paired one to one, so
/// a value that now appears twice in a file counts once as unchanged and once as new.
public struct ScanDiff: Sendable {
    public var from: ScanRun
    public var to: ScanRun
    public var findings: Changes<Finding>
    public var violations: Changes<Violation>
    /// Violations of both runs whose locations differ, in the later run's order.
    public var changedViolations: [ViolationChange]

    /// The three groups of one kind of item, each in the order its run reported them.
    public struct Changes<Item: Sendable>: Sendable {
        public var new: [Item] = []
        public var resolved: [Item] = []
        public var unchanged: [Item] = []
    }

    public init(
        from: ScanRun, to: ScanRun, findings: (old: [Finding], new: [Finding]),
        violations: (old: [Violation], new: [Violation])
    ) {
        self.from = from
        self.to = to
        self.findings = Self.compare(findings.old, findings.new, identity: Self.identity)
        (self.violations, self.changedViolations) = Self.compare(violations.old, violations.new)
    }

    /// Whether the later run has something the earlier one did not, at or above a severity: a new finding, a
    /// new violation, or a violation in a new location. What an owner's triage excuses (an accepted risk before
    /// its review day) does not count.
    public func hasNew(where fails: (Severity) -> Bool) -> Bool {
        findings.new.contains { fails($0.severity) && $0.triage?.excuses != true }
            || violations.new.contains { fails($0.severity) && $0.triage?.excuses != true }
            || changedViolations.contains {
                !$0.addedLocations.isEmpty && fails($0.violation.severity) && $0.violation.triage?.excuses != true
            }
    }

    /// Loads both runs' findings and violations from `history` and compares them as `triage` has them: false
    /// positives left out of both runs, the rest marked.
    public init(history: any ScanHistory, from: ScanRun, to: ScanRun, triage: TriageBook) throws {
        self.init(
            from: from, to: to,
            findings: (
                triage.apply(try history.findings(run: from.id)).kept,
                triage.apply(try history.findings(run: to.id)).kept
            ),
            violations: (
                triage.apply(try history.violations(run: from.id)).kept,
                triage.apply(try history.violations(run: to.id)).kept
            ))
    }

    static func identity(_ finding: Finding) -> [String] {
        switch finding.location {
        case .file(let file): [finding.type, "file", file.chainPath, finding.fingerprint]
        case .column(let column):
            [
                finding.type, "column", column.store, column.schema, column.table, column.column,
                column.jsonPath ?? "", finding.fingerprint,
            ]
        }
    }

    static func identity(_ violation: Violation) -> [String] {
        [violation.kind.rawValue, violation.system ?? "", violation.category ?? ""]
    }

    /// Violations paired by identity: first those whose locations are equal too, then each of the rest with the
    /// earlier violation sharing most of its locations (shadow stores of several directories share an identity,
    /// so a shadow store sharing no location with an earlier one is new); a pair is changed unless it differs
    /// only where a full location list hid locations.
    private static func compare(_ old: [Violation], _ new: [Violation]) -> (Changes<Violation>, [ViolationChange]) {
        var unpaired: [[String]: [Violation]] = [:]
        for violation in old { unpaired[identity(violation), default: []].append(violation) }
        var exact: [Bool] = []
        for violation in new {
            let key = identity(violation)
            let match = unpaired[key]?.firstIndex { $0.locations == violation.locations }
            if let match { unpaired[key]?.remove(at: match) }
            exact.append(match != nil)
        }
        var changes = Changes<Violation>()
        var changed: [ViolationChange] = []
        for (violation, isExact) in zip(new, exact) {
            let key = identity(violation)
            if isExact {
                changes.unchanged.append(violation)
            } else if let candidates = unpaired[key], let index = closest(to: violation, in: candidates) {
                let earlier = unpaired[key]!.remove(at: index)
                if let change = ViolationChange(old: earlier, new: violation) {
                    changed.append(change)
                } else {
                    changes.unchanged.append(violation)
                }
            } else {
                changes.new.append(violation)
            }
        }
        for violation in old {
            let key = identity(violation)
            guard let index = unpaired[key]?.firstIndex(of: violation) else { continue }
            unpaired[key]?.remove(at: index)
            changes.resolved.append(violation)
        }
        return (changes, changed)
    }

    /// The index of the candidate sharing most locations with `violation` (the first on a tie); nil when there
    /// is none, or when a shadow store (no system) shares no location with any.
    private static func closest(to violation: Violation, in candidates: [Violation]) -> Int? {
        let locations = Set(violation.locations)
        let shared = candidates.map { $0.locations.filter(locations.contains).count }
        guard let best = shared.indices.max(by: { shared[$0] < shared[$1] || (shared[$0] == shared[$1] && $0 > $1) }),
            shared[best] > 0 || violation.system != nil
        else { return nil }
        return best
    }

    private static func compare<Item>(_ old: [Item], _ new: [Item], identity: (Item) -> [String]) -> Changes<Item> {
        var remaining: [[String]: Int] = [:]
        for item in old { remaining[identity(item), default: 0] += 1 }
        var changes = Changes<Item>()
        for item in new {
            let key = identity(item)
            if let count = remaining[key], count > 0 {
                remaining[key] = count - 1
                changes.unchanged.append(item)
            } else {
                changes.new.append(item)
            }
        }
        for item in old {
            let key = identity(item)
            if let count = remaining[key], count > 0 {
                remaining[key] = count - 1
                changes.resolved.append(item)
            }
        }
        return changes
    }
}
