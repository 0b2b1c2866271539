/// What changed between two runs: findings and violations that are new in the later run, resolved (gone from
/// it), or unchanged.
///
/// A finding is the same when its type, location (file path, or store/schema/table/column and JSON path) and
/// fingerprint are: a value that moved to another line of the same file is unchanged. A violation is the same
/// when its kind, system, category and locations are. Equal identities are paired one to one, so a value that
/// now appears twice in a file counts once as unchanged and once as new.
public struct ScanDiff: Sendable {
    public var from: ScanRun
    public var to: ScanRun
    public var findings: Changes<Finding>
    public var violations: Changes<Violation>

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
        self.violations = Self.compare(violations.old, violations.new, identity: Self.identity)
    }

    /// Loads both runs' findings and violations from `history` and compares them.
    public init(history: any ScanHistory, from: ScanRun, to: ScanRun) throws {
        self.init(
            from: from, to: to,
            findings: (try history.findings(run: from.id), try history.findings(run: to.id)),
            violations: (try history.violations(run: from.id), try history.violations(run: to.id)))
    }

    static func identity(_ finding: Finding) -> [String] {
        switch finding.location {
        case .file(let file): [finding.type, "file", file.path, finding.fingerprint]
        case .column(let column):
            [
                finding.type, "column", column.store, column.schema, column.table, column.column,
                column.jsonPath ?? "", finding.fingerprint,
            ]
        }
    }

    static func identity(_ violation: Violation) -> [String] {
        [violation.kind.rawValue, violation.system ?? "", violation.category ?? ""]
            + violation.locations.map(\.description)
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
