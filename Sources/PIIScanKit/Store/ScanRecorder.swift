import Foundation

/// Records one scan into a `ScanHistory` as it runs: the run row is committed first, findings and covered
/// files are buffered and written in batched transactions (every `batchSize` items, and at least every
/// `flushInterval`), and `finish` closes the run. Call it from the thread that runs the scan.
public final class ScanRecorder {
    public let history: any ScanHistory
    public let runID: Int64
    private var findings: [Finding] = []
    private var files: [CoveredFile] = []
    private var lastFlush = ContinuousClock.now

    static let batchSize = 2_000
    static let flushInterval = Duration.seconds(2)

    /// Begins the run (committed at once, status `running`).
    public init(history: any ScanHistory, start: RunStart) throws {
        self.history = history
        runID = try history.beginRun(start)
    }

    /// Adds findings in report order; the raw value of `--reveal` is dropped here, before anything is written.
    public func add(_ findings: [Finding]) throws {
        for var finding in findings {
            finding.revealedValue = nil
            self.findings.append(finding)
        }
        try flushIfDue()
    }

    /// Adds a file read in full or carried over.
    public func add(_ file: CoveredFile) throws {
        files.append(file)
        try flushIfDue()
    }

    /// Writes what is buffered and closes the run with `status`.
    public func finish(status: RunStatus, summary: ScanSummary, violations: [Violation]) throws {
        try flush()
        try history.finishRun(runID, status: status, summary: summary, violations: violations)
    }

    private func flushIfDue() throws {
        if findings.count + files.count >= Self.batchSize || ContinuousClock.now - lastFlush >= Self.flushInterval {
            try flush()
        }
    }

    private func flush() throws {
        try history.append(run: runID, findings: findings, files: files)
        findings.removeAll(keepingCapacity: true)
        files.removeAll(keepingCapacity: true)
        lastFlush = .now
    }
}
