import Foundation
import Synchronization

/// The public entry point: runs a `ScanPlan` and hands back findings in deterministic order.
///
/// `run` blocks the calling thread, which receives every item's findings (in walk order) through
/// `onFindings`; `cancel()` may be called from any thread (Ctrl-C) and makes `run` return a partial summary.
public final class Scanner: Sendable {
    private let cancelledFlag = Atomic<Bool>(false)
    /// Live counters for a progress display.
    public let progress = ScanProgress()

    public init() {}

    /// Stops the scan at the next chunk boundary; the summary is marked `cancelled`.
    public func cancel() {
        cancelledFlag.store(true, ordering: .relaxed)
    }

    public var isCancelled: Bool { cancelledFlag.load(ordering: .relaxed) }

    /// Scans every target of `plan`; a root that cannot be read is listed in `unreadableTargets` and the
    /// others are still scanned. Rethrows whatever `onFindings` throws.
    public func run(_ plan: ScanPlan, onFindings: ([Finding]) throws -> Void) throws -> ScanSummary {
        try run(plan, incremental: nil, onFile: { _ in }, onFindings: { findings, _ in try onFindings(findings) })
    }

    /// Scans like `run(_:onFindings:)`; with `incremental`, files unchanged since the previous run are not read
    /// and their earlier findings are handed to `onFindings` in their place (with `carried` true). `onFile`
    /// receives every file read in full or carried over, in walk order, after its findings (the scan store
    /// records it). A file's findings may come in several calls: none holds more than `ScanWorker.partSize`.
    public func run(
        _ plan: ScanPlan, incremental: IncrementalScan?, onFile: (CoveredFile) throws -> Void,
        onFindings: (_ findings: [Finding], _ carried: Bool) throws -> Void
    ) throws -> ScanSummary {
        let started = Date()
        let scheduler = ScanScheduler(
            plan: plan, progress: progress, previousStates: incremental?.states ?? [:]
        ) { [cancelledFlag = self] in
            cancelledFlag.isCancelled
        }
        var summary = ScanSummary(targets: plan.targets)
        if incremental != nil { summary.filesCarriedOver = 0 }
        var databaseFiles: [String] = []
        let outcome = try scheduler.run { result in
            var findings = result.findings
            if result.isPart {
                // Findings of a file still being scanned: only counted and handed on.
            } else if result.carried, let incremental, let file = result.scannedFile {
                findings = try incremental.carriedFindings(file.path)
                summary.filesCarriedOver? += 1
            } else if let database = result.database {
                databaseFiles.append(database)
            } else if result.skipped == nil {
                summary.filesScanned += 1
                summary.bytesScanned += result.bytesScanned
            }
            if plan.options.recordScannedFiles, let file = result.scannedFile { summary.scannedFiles.append(file) }
            for index in findings.indices { summary.findingsByType[findings[index].type, default: 0] += 1 }
            if !findings.isEmpty { try onFindings(findings, result.carried) }
            if let stamp = result.stamp, let file = result.scannedFile {
                try onFile(CoveredFile(path: file.path, stamp: stamp, carried: result.carried))
            }
        }
        summary.skipped = outcome.skipped.sorted { ($0.item, $0.reason) < ($1.item, $1.reason) }
        summary.durationSeconds = Date().timeIntervalSince(started)
        summary.cancelled = isCancelled
        summary.unreadableTargets = outcome.targetErrors
        try scanDatabases(plan, databaseFiles: databaseFiles, into: &summary, started: started) {
            try onFindings($0, false)
        }
        return summary
    }
}
