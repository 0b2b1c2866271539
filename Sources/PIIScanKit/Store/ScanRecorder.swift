import Foundation

/// Records one scan into a `ScanHistory` as it runs: the run row is committed first, findings and covered
/// files are buffered and written in batched transactions (every `batchSize` items, and at least every
/// `flushInterval`), and `finish` closes the run. Call it from the thread that runs the scan, with each file's
/// findings before the file itself, as `Scanner.run` hands them over: the findings of a file carried over from
/// the earlier run are only counted, and recorded by reference to the earlier rows when the file is added.
public final class ScanRecorder {
    public let history: any ScanHistory
    public let runID: Int64
    /// The complete run this one carries unchanged files over from.
    private let carriedFromRun: Int64?
    private var batches: [FindingBatch] = []
    /// Carried findings added since the last file: the next file's, recorded by reference when it is added.
    private var carriedCount = 0
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
    /// `carried` findings (of a file carried over, added next) are only counted: their rows exist already.
    public func add(_ findings: [Finding], carried: Bool = false) throws {
        guard !carried else {
            carriedCount += findings.count
            return
        }
        guard !findings.isEmpty else { return }
        batches.append(
            .new(
                findings.map { finding in
                    var finding = finding
                    finding.revealedValue = nil
                    return finding
                }))
        bufferedCount += findings.count
        try flushIfDue()
    }

    /// Adds a file read in full or carried over; its findings were added just before.
    public func add(_ file: CoveredFile) throws {
        if file.carried, let carriedFromRun, carriedCount > 0 {
            batches.append(.carried(fromRun: carriedFromRun, path: file.path, count: carriedCount))
        }
        carriedCount = 0
        files.append(file)
        try flushIfDue()
    }

    /// Writes what is buffered and closes the run with `status`.
    public func finish(status: RunStatus, summary: ScanSummary, violations: [Violation]) throws {
        try flush()
        try history.finishRun(runID, status: status, summary: summary, violations: violations)
    }

    private func flushIfDue() throws {
        if bufferedCount + files.count >= Self.batchSize || ContinuousClock.now - lastFlush >= Self.flushInterval {
            try flush()
        }
    }

    private func flush() throws {
        try history.append(run: runID, batches: batches, files: files)
        batches.removeAll(keepingCapacity: true)
        files.removeAll(keepingCapacity: true)
        bufferedCount = 0
        lastFlush = .now
    }
}
