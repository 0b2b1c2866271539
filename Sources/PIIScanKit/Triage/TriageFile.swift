import Foundation

/// The reviewable form of triage decisions: a YAML file kept in git (`piiscan triage export`), read back by
/// `triage import` and by `--triage` on `scan`, `diff` and `gate`. Every error of a file is listed, each with
/// file, line and column.
///
/// ```yaml
/// version: 1
/// decisions:
///   - fingerprint: 3f2a…            # or column: (+ store:), path:, violation: (+ system:, category:)
///     verdict: accepted            # accepted, false_positive, remediate, reopened
///     reason: hashed before export
///     review_by: 2027-03-31        # accepted; remediate has due: and owner:
///     decided_by: alice
///     decided_at: 2026-12-03T21:00:00.000Z
/// ```
public enum TriageFile {
    /// Reads the decisions of the file at `path`.
    public static func load(path: String) throws(ConfigFileErrors) -> [TriageDecision] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigFileErrors([ConfigFileError(file: path, message: "cannot read the triage file")])
        }
        return try read(name: path, bytes: [UInt8](data))
    }

    /// Reads decisions from YAML `bytes`; `name` is the file name errors show.
    public static func read(name: String, bytes: [UInt8]) throws(ConfigFileErrors) -> [TriageDecision] {
        let yaml: YAMLFile
        do {
            yaml = try YAMLFile(name: name, bytes: bytes)
        } catch {
            throw ConfigFileErrors([error])
        }
        let diagnostics = RoPADiagnostics()
        let root = RoPANode(yaml: yaml, node: yaml.root, path: [], diagnostics: diagnostics)
        var decisions: [TriageDecision] = []
        diagnostics.attempt {
            let fields = try root.mapping(allowed: ["version", "decisions"])
            if let version = fields["version"], try version.string() != "1" {
                throw version.error("unknown triage file version (this piiscan reads version 1)")
            }
            for element in try fields["decisions"]?.elements() ?? [] {
                if let decision = diagnostics.attempt({ try Self.decision(element) }) { decisions.append(decision) }
            }
        }
        let errors = diagnostics.sortedErrors
        guard errors.isEmpty else { throw ConfigFileErrors(errors) }
        return decisions
    }

    /// The decisions as a triage file, in the order given.
    public static func yaml(_ decisions: [TriageDecision]) -> String {
        var text = """
            # piiscan triage decisions: review changes like code; `piiscan triage import FILE` adds them to a store,
            # and `--triage FILE` applies them to scan, diff and gate. The latest decision on a target holds.
            version: 1
            decisions:

            """
        if decisions.isEmpty { text = text.replacingOccurrences(of: "decisions:\n", with: "decisions: []\n") }
        for decision in decisions {
            var lines: [(String, String)] = []
            switch decision.target {
            case .fingerprint(let fingerprint): lines.append(("fingerprint", fingerprint))
            case .column(let store, let column):
                lines.append(("column", column))
                if let store { lines.append(("store", store)) }
            case .path(let glob): lines.append(("path", glob))
            case .violation(let kind, let system, let category):
                lines.append(("violation", kind.rawValue))
                if let system { lines.append(("system", system)) }
                if let category { lines.append(("category", category)) }
            }
            lines.append(("verdict", decision.verdict.rawValue))
            if let reason = decision.reason { lines.append(("reason", reason)) }
            if let owner = decision.owner { lines.append(("owner", owner)) }
            if let due = decision.due { lines.append((decision.verdict == .accepted ? "review_by" : "due", "\(due)")) }
            lines.append(("decided_by", decision.decidedBy))
            lines.append(("decided_at", StoreTime.string(decision.decidedAt)))
            for (index, (key, value)) in lines.enumerated() {
                // Days and times are written as they are: the reader takes every value as text.
                let scalar = ["review_by", "due", "decided_at"].contains(key) ? value : YAMLScalar.quoted(value)
                text += (index == 0 ? "  - " : "    ") + "\(key): \(scalar)\n"
            }
        }
        return text
    }

    private static let keys: Set = [
        "fingerprint", "column", "store", "path", "violation", "system", "category", "verdict", "reason", "owner",
        "review_by", "due", "decided_by", "decided_at",
    ]

    private static func decision(_ node: RoPANode) throws(ConfigFileError) -> TriageDecision {
        let fields = try node.mapping(allowed: keys)
        func text(_ key: String) throws(ConfigFileError) -> String? { try fields[key]?.optionalString() }
        let targets = ["fingerprint", "column", "path", "violation"].filter { fields[$0] != nil }
        guard targets.count == 1, let key = targets.first, let name = try text(key) else {
            throw node.error("a decision names exactly one of fingerprint, column, path or violation")
        }
        let target: TriageTarget
        switch key {
        case "fingerprint":
            guard TriageTarget.isFingerprint(name) else {
                throw fields[key]!.error("a fingerprint is 64 hex digits, as reports show it")
            }
            target = .fingerprint(name.lowercased())
        case "column": target = .column(store: try text("store"), column: name)
        case "path": target = .path(name)
        default:
            guard let kind = try fields[key]?.value(ViolationKind.self, what: "violation kind") else {
                throw node.error("a violation decision needs its kind")
            }
            target = .violation(kind: kind, system: try text("system"), category: try text("category"))
        }
        guard let verdict = try fields["verdict"]?.value(TriageVerdict.self, what: "verdict") else {
            throw node.error("a decision needs a verdict (accepted, false_positive, remediate, reopened)")
        }
        let dueKey = verdict == .accepted ? "review_by" : "due"
        let otherDueKey = verdict == .accepted ? "due" : "review_by"
        if let other = fields[otherDueKey] {
            throw other.error("'\(otherDueKey)' does not go with \(verdict.rawValue) (use '\(dueKey)')")
        }
        var due: CalendarDay?
        if let dueNode = fields[dueKey], let dueText = try dueNode.optionalString() {
            guard let day = CalendarDay(dueText) else { throw dueNode.error("expected a day as YYYY-MM-DD") }
            due = day
        }
        guard let decidedBy = try text("decided_by") else { throw node.error("a decision needs decided_by") }
        guard let atNode = fields["decided_at"], let at = try atNode.optionalString() else {
            throw node.error("a decision needs decided_at")
        }
        guard let decidedAt = StoreTime.date(at) else {
            throw atNode.error("expected a time as 2026-12-03T21:00:00.000Z")
        }
        let decision = TriageDecision(
            target: target, verdict: verdict, reason: try text("reason"), owner: try text("owner"), due: due,
            decidedBy: decidedBy, decidedAt: decidedAt)
        if let problem = decision.missing { throw node.error(problem) }
        return decision
    }
}
