import Foundation

/// `ScanHistory` over either backend: the SQL is shared, `StoreConnection` supplies the dialect, the write lock
/// and the liveness check of running runs. Open one with `ScanStore.open`.
final class SQLScanHistory: ScanHistory {
    let connection: any StoreConnection
    /// Findings written so far per running run: the next finding's ordinal.
    private var nextOrdinal: [Int64: Int] = [:]

    /// Rows per multi-row INSERT: few round trips on PostgreSQL, few statements on SQLite, well under both
    /// backends' parameter limits.
    static let rowsPerInsert = 200

    init(connection: any StoreConnection) throws {
        self.connection = connection
        try StoreMigrations.migrate(connection)
    }

    var locator: String { connection.locator }

    func beginRun(_ start: RunStart) throws -> Int64 {
        try markDeadRunsIncomplete()
        let owner = RunOwner.current
        let targets = String(decoding: try JSONEncoder().encode(start.targets), as: UTF8.self)
        let id = try connection.transaction {
            let rows = try connection.query(
                """
                INSERT INTO piiscan_runs (started_at, status, targets, scope_key, config_fingerprint, tool_version,
                    owner_host, owner_pid, owner_start, carried_from_run)
                VALUES (?, 'running', ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """,
                [
                    .text(StoreTime.string(start.startedAt)), .text(targets), .text(start.scopeKey),
                    .text(start.configurationFingerprint), .text(PIIScanVersion.current), .text(owner.host),
                    .int(Int64(owner.pid)), .text(owner.startToken), start.carriedFromRun.map { .int($0) } ?? .null,
                ])
            guard let id = rows.first?.int(0) else {
                throw StoreError(code: .failed, store: locator, message: "the new run got no id")
            }
            return id
        }
        try connection.claim(run: id)
        nextOrdinal[id] = 0
        return id
    }

    func append(run: Int64, batches: [FindingBatch], files: [CoveredFile]) throws {
        guard !batches.isEmpty || !files.isEmpty else { return }
        var ordinal = nextOrdinal[run] ?? 0
        try connection.transaction {
            for batch in batches {
                switch batch {
                case .new(let findings):
                    try insert(
                        "piiscan_findings", FindingRecord.columns,
                        findings.enumerated().map {
                            FindingRecord.values($0.element, run: run, ordinal: ordinal + $0.offset)
                        })
                case .carried(let previous, let path, _):
                    try referenceFindings(of: path, from: previous, to: run, firstOrdinal: ordinal)
                }
                ordinal += batch.count
            }
            try insert(
                "piiscan_file_states", ["run_id", "path", "size", "mtime_ns", "inode", "device"],
                files.map { file in
                    [
                        .int(run), .text(file.path), StoreValue(file.stamp.size),
                        .int(file.stamp.modificationTimeNanoseconds), .int(Int64(bitPattern: file.stamp.inode)),
                        .int(Int64(bitPattern: file.stamp.device)),
                    ]
                })
        }
        nextOrdinal[run] = ordinal
    }

    /// Records that `run`'s findings from `firstOrdinal` on are `path`'s findings in `previous`, by reference to
    /// the run whose rows hold them (`previous`, or the run `previous` itself carried them from): nothing is copied.
    private func referenceFindings(of path: String, from previous: Int64, to run: Int64, firstOrdinal: Int) throws {
        let source = try carriedSource(run: previous, path: path) ?? previous
        try connection.query(
            "INSERT INTO piiscan_carried_findings (run_id, path, first_ordinal, source_run) VALUES (?, ?, ?, ?)",
            [.int(run), .text(path), StoreValue(firstOrdinal), .int(source)])
    }

    func finishRun(_ run: Int64, status: RunStatus, summary: ScanSummary, violations: [Violation]) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let summaryJSON = String(decoding: try encoder.encode(summary.redacted), as: UTF8.self)
        try connection.transaction {
            try insert(
                "piiscan_violations", ViolationRecord.columns,
                try violations.enumerated().map { try ViolationRecord.values($0.element, run: run, ordinal: $0.offset) }
            )
            try connection.query(
                """
                UPDATE piiscan_runs SET ended_at = ?, status = ?, files_scanned = ?, bytes_scanned = ?,
                    files_carried_over = ?, finding_count = ?, violation_count = ?, summary = ?
                WHERE id = ?
                """,
                [
                    .text(StoreTime.string(Date())), .text(status.rawValue), StoreValue(summary.filesScanned),
                    StoreValue(summary.bytesScanned), StoreValue(summary.filesCarriedOver),
                    StoreValue(summary.findingCount), StoreValue(violations.count), .text(summaryJSON), .int(run),
                ])
        }
        nextOrdinal[run] = nil
    }

    /// Multi-row INSERTs of `rows` into `table`: `rowsPerInsert` at a time, then the rest in power-of-two
    /// batches. The connection caches every statement by its text, and a statement for each remainder size (each
    /// prepared for up to 4,600 parameters) raised a 1 GiB scan's peak RSS from 90 to 113 MiB; now a table has
    /// at most nine.
    private func insert(_ table: String, _ columns: [String], _ rows: [[StoreValue]]) throws {
        let placeholders = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        var start = 0
        while start < rows.count {
            let remaining = rows.count - start
            let size =
                remaining >= Self.rowsPerInsert
                ? Self.rowsPerInsert : 1 << (Int.bitWidth - 1 - remaining.leadingZeroBitCount)
            let sql =
                "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
                + Array(repeating: placeholders, count: size).joined(separator: ", ")
            try connection.query(sql, rows[start..<start + size].flatMap { $0 })
            start += size
        }
    }

    /// Rows still `running` whose process is gone become `incomplete` (their `ended_at` stays empty).
    private func markDeadRunsIncomplete() throws {
        for (id, owner) in try runningRuns() where try !connection.isAlive(owner, run: id) {
            try connection.transaction {
                try connection.query(
                    "UPDATE piiscan_runs SET status = 'incomplete' WHERE id = ? AND status = 'running'", [.int(id)])
            }
        }
    }

    private func runningRuns() throws -> [(Int64, RunOwner)] {
        try connection.query(
            "SELECT id, owner_host, owner_pid, owner_start FROM piiscan_runs WHERE status = 'running'", []
        ).map { row in
            (
                row.int(0) ?? 0,
                RunOwner(host: row.text(1) ?? "", pid: Int32(row.int(2) ?? 0), startToken: row.text(3) ?? "")
            )
        }
    }
}
