/// What a scan did: targets, counts, bytes, duration, and every skipped item with its reason.
public struct ScanSummary: Sendable, Hashable, Codable {
    public var targets: [String]
    public var filesScanned: Int
    public var bytesScanned: Int
    /// Findings reported (at or above `--min-confidence`), per type.
    public var findingsByType: [String: Int]
    public var skipped: [SkippedItem]
    public var durationSeconds: Double
    /// True when Ctrl-C (or a cancellation) stopped the scan before it finished.
    public var cancelled: Bool
    /// Targets that could not be read at all (missing or unreadable roots), with the reason; the scan of the
    /// other targets still completes, and the CLI exits with 3.
    public var unreadableTargets: [String] = []
    /// Database tables (and views) sampled, and columns classified; nil when no database was scanned.
    public var tablesScanned: Int?
    public var columnsScanned: Int?
    /// Files not read again because they are unchanged since the previous complete run (their findings carried
    /// over); nil when the scan was not incremental (no store, `--full`, or no earlier run to compare with).
    public var filesCarriedOver: Int?
    /// Every scanned file, in walk order, when `ScanOptions.recordScannedFiles` is set; not part of the JSON.
    public var scannedFiles: [ScannedFile] = []
    /// What the report could not check, one sentence each (e.g. retention without file times); reporters with
    /// room for a note show them (text, json `notes`, sarif notifications, markdown), not `ScanSummary`'s keys.
    public var notes: [String] = []

    public init(
        targets: [String] = [], filesScanned: Int = 0, bytesScanned: Int = 0,
        findingsByType: [String: Int] = [:], skipped: [SkippedItem] = [], durationSeconds: Double = 0,
        cancelled: Bool = false
    ) {
        self.targets = targets
        self.filesScanned = filesScanned
        self.bytesScanned = bytesScanned
        self.findingsByType = findingsByType
        self.skipped = skipped
        self.durationSeconds = durationSeconds
        self.cancelled = cancelled
    }

    /// Total number of findings reported.
    public var findingCount: Int { findingsByType.values.reduce(0, +) }

    /// Skipped items that should have been read and could not be (`SkipReason.isFailure`).
    public var failures: [SkippedItem] { skipped.filter(\.isFailure) }

    /// True when every target was read and nothing that should have been read was skipped; cancellation aside.
    public var readEverything: Bool { unreadableTargets.isEmpty && !skipped.contains(where: \.isFailure) }

    /// Skipped items counted per reason.
    public var skippedByReason: [SkipReason: Int] {
        skipped.reduce(into: [:]) { counts, item in counts[item.reason, default: 0] += 1 }
    }

    enum CodingKeys: String, CodingKey {
        case targets, skipped, cancelled
        case filesScanned = "files_scanned"
        case bytesScanned = "bytes_scanned"
        case findingsByType = "findings_by_type"
        case durationSeconds = "duration_seconds"
        case unreadableTargets = "unreadable_targets"
        case tablesScanned = "tables_scanned"
        case columnsScanned = "columns_scanned"
        case filesCarriedOver = "files_carried_over"
    }
}
