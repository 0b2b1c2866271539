/// The scan store: every run with its findings, violations and file states, in SQLite (default) or PostgreSQL.
///
/// Reading (`runs`, `run`, `findings(run:)`, `violations(run:)`) is what reports and `piiscan history`/`diff`
/// use. Writing is one run at a time: `beginRun` commits a `running` row at once, `append` adds findings and
/// file states in batched transactions as items finish, and `finishRun` closes the run in one transaction; a
/// process that dies in between leaves a run that reads as `incomplete` and is never used for carry-over.
///
/// Nothing raw is ever stored: findings keep masked evidence and keyed fingerprints only (`--reveal` values are
/// dropped before writing), violations their masked samples.
public protocol ScanHistory: AnyObject {
    /// The store's credential-free locator (`sqlite:/path/history.db`, `postgres://host:5432/db`).
    var locator: String { get }

    /// Every run, oldest first.
    func runs() throws -> [ScanRun]
    /// One run, or nil when the store has no such id.
    func run(_ id: Int64) throws -> ScanRun?
    /// A run's findings in report order (walk order for files, then databases).
    func findings(run: Int64) throws -> [Finding]
    /// A run's RoPA violations (empty when it was not reconciled).
    func violations(run: Int64) throws -> [Violation]

    /// The last complete run with this scope and configuration: what an incremental rescan compares against.
    func lastCompleteRun(scopeKey: String, configurationFingerprint: String) throws -> ScanRun?
    /// A run's file stamps, by path as findings show it.
    func fileStates(run: Int64) throws -> [String: FileStamp]
    /// Where a run's file findings are: for each file with findings, the run whose rows hold them (the run
    /// itself, or the run it carried the file over from). Files without findings are absent, so a rescan asks
    /// the store about the files that had findings only.
    func findingSources(run: Int64) throws -> [String: Int64]
    /// The findings of the file at `path` in the rows of run `source` (a value of `findingSources`), in their order.
    func findings(heldBy source: Int64, path: String) throws -> [Finding]

    /// Records a new `running` run (committed at once) owned by this process; returns its id.
    func beginRun(_ start: RunStart) throws -> Int64
    /// Adds findings (in report order) and covered files to a running run, in one transaction. A carried batch
    /// is recorded as a reference to the rows of the earlier run that holds them: unchanged files cost one row.
    func append(run: Int64, batches: [FindingBatch], files: [CoveredFile]) throws
    /// Closes a run in one transaction: its violations, counts, summary and final status.
    func finishRun(_ run: Int64, status: RunStatus, summary: ScanSummary, violations: [Violation]) throws

    /// Adds triage decisions, in one transaction.
    func record(_ decisions: [TriageDecision]) throws
    /// Every triage decision, in the order they were recorded.
    func triageDecisions() throws -> [TriageDecision]
}

/// Findings a running run records, in report order: new ones, or one file's findings carried over unchanged from
/// an earlier run.
public enum FindingBatch: Sendable {
    case new([Finding])
    /// The `count` findings of `path` in run `fromRun`, in their order there.
    case carried(fromRun: Int64, path: String, count: Int)

    var count: Int {
        switch self {
        case .new(let findings): findings.count
        case .carried(_, _, let count): count
        }
    }
}

extension ScanHistory {
    /// Adds new findings and covered files to a running run, in one transaction.
    public func append(run: Int64, findings: [Finding], files: [CoveredFile]) throws {
        try append(run: run, batches: findings.isEmpty ? [] : [.new(findings)], files: files)
    }
}
