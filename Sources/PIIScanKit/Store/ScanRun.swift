import Foundation

/// One recorded scan: when, what, how it ended, and its counts. `findings(run:)` and `violations(run:)` of a
/// `ScanHistory` give its content.
public struct ScanRun: Sendable, Hashable {
    /// Increasing with each run in a store.
    public var id: Int64
    public var startedAt: Date
    /// nil while running, and for a run whose process died.
    public var endedAt: Date?
    public var status: RunStatus
    /// The targets as reports show them (credential-free locators for databases).
    public var targets: [String]
    public var toolVersion: String
    /// Files read in full by this run.
    public var filesScanned: Int
    public var bytesScanned: Int
    /// Files not read again because they were unchanged since `carriedFromRun`; nil when not incremental.
    public var filesCarriedOver: Int?
    public var carriedFromRun: Int64?
    public var findingCount: Int
    public var violationCount: Int
    /// Runs with the same scope key scanned the same targets (resolved to absolute paths).
    public var scopeKey: String
    /// A hash of everything that decides what a scan finds (detectors, thresholds, filters, the key's identity).
    public var configurationFingerprint: String

    /// Seconds from start to end; nil when the run never ended.
    public var durationSeconds: Double? { endedAt.map { $0.timeIntervalSince(startedAt) } }
}

/// How a run ended. A run whose process died (killed, crashed) reads as `incomplete` although its row still
/// says `running`.
public enum RunStatus: String, Sendable, Hashable, Codable {
    case running, complete, incomplete
}

/// What a scan records when it starts.
public struct RunStart: Sendable {
    public var targets: [String]
    public var scopeKey: String
    public var configurationFingerprint: String
    /// The complete run whose unchanged files this run carries over; nil for a full scan.
    public var carriedFromRun: Int64?
    public var startedAt = Date()

    public init(targets: [String], scopeKey: String, configurationFingerprint: String, carriedFromRun: Int64? = nil) {
        self.targets = targets
        self.scopeKey = scopeKey
        self.configurationFingerprint = configurationFingerprint
        self.carriedFromRun = carriedFromRun
    }
}
