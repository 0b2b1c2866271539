import Foundation

/// Database targets run after the file targets, one store at a time, through the same `onFindings` callback
/// and into the same summary: findings in (store, schema, table, column) order.
extension Scanner {
    /// Scans every database target of `plan`, then the SQLite files met in the walk (`databaseFiles`, paths to
    /// open; one that is also a target is scanned once), adding findings, table and column counts, skipped tables
    /// and unreadable stores to `summary`. No-op (summary untouched) when there is no database to scan.
    func scanDatabases(
        _ plan: ScanPlan, databaseFiles: [String] = [], into summary: inout ScanSummary, started: Date,
        onFindings: ([Finding]) throws -> Void
    ) throws {
        let stores = plan.databases + Self.stores(databaseFiles, besides: plan.databases)
        guard !stores.isEmpty else { return }
        let engine = Engine(catalog: plan.catalog, fingerprinter: plan.fingerprinter, reveal: plan.options.reveal)
        let limits = plan.options.database.limits(seed: plan.options.database.sampleSeed ?? .random(in: .min ... .max))
        var tables = 0
        var columns = 0
        var binaryColumns = 0
        for store in stores where !isCancelled {
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

    /// The `sqlite:` stores of SQLite files met in a walk, but for those a target already names (same file).
    private static func stores(_ files: [String], besides targets: [any DatabaseStore]) -> [any DatabaseStore] {
        let named = Set(targets.compactMap { ($0 as? SQLiteStore).flatMap { identity($0.path) } })
        return files.compactMap { path -> (any DatabaseStore)? in
            if let file = identity(path), named.contains(file) { return nil }
            return try? SQLiteStore(target: "sqlite:" + path)
        }
    }

    private static func identity(_ path: String) -> FileIdentity? {
        guard case .success(let status) = FileStatus.of(path, following: true) else { return nil }
        return FileIdentity(device: status.device, inode: status.inode)
    }
}
