import Foundation
import PIIScanKit

/// A scan's link to the store: the recorder of its run and, for an incremental rescan, what it carries over from
/// the last complete run with the same targets and configuration.
struct ScanRecording {
    let recorder: ScanRecorder?
    let incremental: IncrementalScan?

    /// No store (`--no-store`).
    static var disabled: ScanRecording { ScanRecording(recorder: nil, incremental: nil) }

    /// Begins a run in `history`. `full` (`--full`, or `--reveal`, whose values a carried finding cannot have)
    /// reads every file again.
    static func start(
        history: any ScanHistory, plan: ScanPlan, catalogOptions: CatalogOptions, full: Bool
    ) throws -> ScanRecording {
        let configuration = ScanConfiguration(plan: plan, catalogOptions: catalogOptions)
        do {
            let previous =
                full
                ? nil
                : try history.lastCompleteRun(
                    scopeKey: configuration.scopeKey, configurationFingerprint: configuration.fingerprint)
            var incremental: IncrementalScan?
            if let previous {
                incremental = try IncrementalScan(history: history, run: previous.id)
            }
            let start = RunStart(
                targets: plan.targets, scopeKey: configuration.scopeKey,
                configurationFingerprint: configuration.fingerprint, carriedFromRun: previous?.id)
            return ScanRecording(recorder: try ScanRecorder(history: history, start: start), incremental: incremental)
        } catch {
            throw StoreOptions.failure(error)
        }
    }

    /// Closes the run: `complete`, or `incomplete` when the scan exits 3 (cancelled, an unreadable target, or an
    /// item not read without `--allow-skips`), so `diff` never compares with a run that missed data.
    func finish(summary: ScanSummary, violations: [Violation], complete: Bool) throws {
        guard let recorder else { return }
        do {
            try recorder.finish(status: complete ? .complete : .incomplete, summary: summary, violations: violations)
        } catch {
            throw StoreOptions.failure(error)
        }
    }

    /// After a failure: marks the run incomplete if the store still answers.
    func abandon(summary: ScanSummary) {
        try? recorder?.finish(status: .incomplete, summary: summary, violations: [])
    }
}
