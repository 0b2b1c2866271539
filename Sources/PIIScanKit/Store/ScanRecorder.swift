import Foundation

/// Records one scan into a `ScanHistory` as it runs: the run row is committed first, findings and covered
/// files are buffered and written in batched transactions (every `batchSize` items, and at least every
/// `flushInterval`), and `finish` closes the run. Call it from the thread that runs the scan, with each file's
/// findings before the file itself, as `Scanner.run` hands them over: the findings of a file carried over from
/// the earlier run are then recorded by reference to the earlier rows instead of being written again.
public final class ScanRecorder {
    public let history: any ScanHistory
    public let runID: Int64
    /// The complete run this one carries unchanged files over from.
    private let carriedFromRun: Int64?
    private var batches: [FindingBatch] = []
    /// Findings added since the last file and not yet in `batches` (incremental runs only): the findings of the
    /// next file, or of databases, which wait for the next file or for `finish`.
    private var current: [Finding] = []
    private var bufferedCount = 0
    private var files: [CoveredFile] = []
    private var lastFlush = ContinuousClock.now

    static let batchSize = 2_000
    static let flushInterval = Duration.seconds(2)

    /// Begins the run (committed at once, status `running`).
    public init(history: any ScanHistory, start: RunStart) throws {
        self.history = history
        carriedFromRun = start.carriedFromRun
        runID = try history.beginRun(start)
    }

    /// Adds findings in report order; the raw value of `--reveal` is dropped here, before anything is written.
    public func add(_ findings: [Finding]) throws {
        for var finding in findings {
            finding.revealedValue = nil
            current.append(finding)
        }
        bufferedCount += findings.count
        // In an incremental run these may be a carried file's findings: they wait for the file (next call).
        guard carriedFromRun == nil else { return }
        closeCurrent()
        try flushIfDue()
    }

    /// Adds a file read in full or carried over; its findings were added just before.
    public func add(_ file: CoveredFile) throws {
        if file.carried, let carriedFromRun {
            if !current.isEmpty {
                batches.append(.carried(fromRun: carriedFromRun, path: file.path, count: current.count))
            }
            current.removeAll(keepingCapacity: true)
        } else {
            closeCurrent()
        }
        files.append(file)
        try flushIfDue()
    }

    /// Writes what is buffered and closes the run with `status`.
    public func finish(status: RunStatus, summary: ScanSummary, violations: [Violation]) throws {
        try flush()
        try history.finishRun(runID, status: status, summary: summary, violations: violations)
    }

    private func closeCurrent() {
        guard !current.isEmpty else { return }
        batches.append(.new(current))
        current.removeAll(keepingCapacity: true)
    }

    private func flushIfDue() throws {
        if bufferedCount + files.count >= Self.batchSize || ContinuousClock.now - lastFlush >= Self.flushInterval {
            try flush()
        }
    }

    private func flush() throws {
        closeCurrent()
        try history.append(run: runID, batches: batches, files: files)
        batches.removeAll(keepingCapacity: true)
        files.removeAll(keepingCapacity: true)
        bufferedCount = 0
        lastFlush = .now
    }
}
