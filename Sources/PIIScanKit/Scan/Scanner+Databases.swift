import Foundation

/// Database targets run after the file targets, one store at a time, through the same `onFindings` callback
/// and into the same summary: findings in (store, schema, table, column) order.
extension Scanner {
    /// Scans every database target of `plan`, adding its findings, table and column counts, skipped tables
    /// and unreadable stores to `summary`. No-op (summary untouched) when the plan has no database target.
    func scanDatabases(
        _ plan: ScanPlan, into summary: inout ScanSummary, started: Date, onFindings: ([Finding]) throws -> Void
    ) throws {
        guard !plan.databases.isEmpty else { return }
        let engine = Engine(catalog: plan.catalog, fingerprinter: plan.fingerprinter, reveal: plan.options.reveal)
        let limits = plan.options.database.limits(seed: plan.options.database.sampleSeed ?? .random(in: .min ... .max))
        var tables = 0
        var columns = 0
        var binaryColumns = 0
        for store in plan.databases where !isCancelled {
            let scanner = DatabaseScanner(
                store: store, plan: plan, limits: limits, engine: engine, progress: progress
            ) { [self] in
                isCancelled
            }
            var findingsByType = summary.findingsByType
            let outcome = try scanner.run { findings in
                for finding in findings { findingsByType[finding.type, default: 0] += 1 }
                try onFindings(findings)
            }
            summary.findingsByType = findingsByType
            tables += outcome.tables
            columns += outcome.columns
            binaryColumns += outcome.binaryColumns
            summary.skipped += outcome.skipped
            if let error = outcome.targetError { summary.unreadableTargets.append(error) }
        }
        summary.tablesScanned = tables
        summary.columnsScanned = columns
        if binaryColumns > 0 {
            summary.notes.append(
                "\(binaryColumns) binary column\(binaryColumns == 1 ? "" : "s") (bytea, BLOB) not read: "
                    + "--include-binary reads them")
        }
        summary.skipped.sort { ($0.item, $0.reason) < ($1.item, $1.reason) }
        summary.durationSeconds = Date().timeIntervalSince(started)
        summary.cancelled = isCancelled
    }
}
