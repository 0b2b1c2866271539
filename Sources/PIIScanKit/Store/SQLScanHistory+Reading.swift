import Foundation

/// The read side: runs (with the status of dead `running` runs corrected), findings, violations, file states.
extension SQLScanHistory {
    static let runColumns = """
        id, started_at, ended_at, status, targets, tool_version, files_scanned, bytes_scanned, files_carried_over,
        carried_from_run, finding_count, violation_count, scope_key, config_fingerprint, owner_host, owner_pid,
        owner_start
        """

    func runs() throws -> [ScanRun] {
        try connection.query("SELECT \(Self.runColumns) FROM piiscan_runs ORDER BY id", []).map(scanRun)
    }

    func run(_ id: Int64) throws -> ScanRun? {
        try connection.query("SELECT \(Self.runColumns) FROM piiscan_runs WHERE id = ?", [.int(id)]).first.map(scanRun)
    }

    func lastCompleteRun(scopeKey: String, configurationFingerprint: String) throws -> ScanRun? {
        try connection.query(
            """
            SELECT \(Self.runColumns) FROM piiscan_runs
             WHERE scope_key = ? AND config_fingerprint = ? AND status = 'complete' ORDER BY id DESC LIMIT 1
            """, [.text(scopeKey), .text(configurationFingerprint)]
        ).first.map(scanRun)
    }

    /// Rows of `run` merged, in ordinal order, with the files it carried over by reference.
    func findings(run: Int64) throws -> [Finding] {
        var own: [(ordinal: Int, finding: Finding)] = []
        try connection.forEach(
            "SELECT \(FindingRecord.selectList), ordinal FROM piiscan_findings WHERE run_id = ? ORDER BY ordinal",
            [.int(run)]
        ) { own.append((ordinal: $0.count(FindingRecord.selectCount), finding: FindingRecord.finding($0))) }
        let carried = try connection.query(
            "SELECT first_ordinal, path, source_run FROM piiscan_carried_findings WHERE run_id = ? ORDER BY first_ordinal",
            [.int(run)])
        var findings: [Finding] = []
        findings.reserveCapacity(own.count)
        var ownIndex = 0
        for block in carried {
            while ownIndex < own.count, own[ownIndex].ordinal < block.count(0) {
                findings.append(own[ownIndex].finding)
                ownIndex += 1
            }
            findings += try rowFindings(run: block.int(2) ?? 0, path: block.text(1) ?? "")
        }
        findings += own[ownIndex...].map(\.finding)
        return findings
    }

    func findingSources(run: Int64) throws -> [String: Int64] {
        var sources: [String: Int64] = [:]
        try connection.forEach(
            "SELECT DISTINCT path FROM piiscan_findings WHERE run_id = ? AND path IS NOT NULL", [.int(run)]
        ) { sources[$0.text(0) ?? ""] = run }
        try connection.forEach(
            "SELECT path, source_run FROM piiscan_carried_findings WHERE run_id = ?", [.int(run)]
        ) { sources[$0.text(0) ?? ""] = $0.int(1) ?? run }
        return sources
    }

    func findings(heldBy source: Int64, path: String) throws -> [Finding] {
        try rowFindings(run: source, path: path)
    }

    /// The run whose rows hold `path`'s findings when `run` carried that file over by reference.
    func carriedSource(run: Int64, path: String) throws -> Int64? {
        try connection.query(
            "SELECT source_run FROM piiscan_carried_findings WHERE run_id = ? AND path = ?", [.int(run), .text(path)]
        ).first?.int(0)
    }

    /// The findings rows of `run` in one file, in their order.
    private func rowFindings(run: Int64, path: String) throws -> [Finding] {
        var findings: [Finding] = []
        try connection.forEach(
            """
            SELECT \(FindingRecord.fileSelectList) FROM piiscan_findings WHERE run_id = ? AND path = ? ORDER BY ordinal
            """, [.int(run), .text(path)]
        ) { findings.append(FindingRecord.fileFinding($0, path: path)) }
        return findings
    }

    func violations(run: Int64) throws -> [Violation] {
        try connection.query(
            "SELECT \(ViolationRecord.selectList) FROM piiscan_violations WHERE run_id = ? ORDER BY ordinal",
            [.int(run)]
        ).map(ViolationRecord.violation)
    }

    func fileStates(run: Int64) throws -> [String: FileStamp] {
        var states: [String: FileStamp] = [:]
        // Sized first: growing to 100,000 entries cost a third of reading them.
        let count = try connection.query(
            "SELECT count(*) FROM piiscan_file_states WHERE run_id = ?", [.int(run)]
        ).first?.count(0)
        states.reserveCapacity(count ?? 0)
        try connection.forEach(
            "SELECT path, size, mtime_ns, inode, device FROM piiscan_file_states WHERE run_id = ?", [.int(run)]
        ) { row in
            states[row.text(0) ?? ""] = FileStamp(
                size: row.count(1), modificationTimeNanoseconds: row.int(2) ?? 0,
                inode: UInt64(bitPattern: row.int(3) ?? 0), device: UInt64(bitPattern: row.int(4) ?? 0))
        }
        return states
    }

    private func scanRun(_ row: StoreRow) throws -> ScanRun {
        let id = row.int(0) ?? 0
        var status = RunStatus(rawValue: row.text(3) ?? "") ?? .incomplete
        if status == .running {
            let owner = RunOwner(host: row.text(14) ?? "", pid: Int32(row.int(15) ?? 0), startToken: row.text(16) ?? "")
            if try !connection.isAlive(owner, run: id) { status = .incomplete }
        }
        let targets = (try? JSONDecoder().decode([String].self, from: Data((row.text(4) ?? "[]").utf8))) ?? []
        return ScanRun(
            id: id, startedAt: StoreTime.date(row.text(1) ?? "") ?? Date(timeIntervalSince1970: 0),
            endedAt: row.text(2).flatMap(StoreTime.date), status: status, targets: targets,
            toolVersion: row.text(5) ?? "", filesScanned: row.count(6), bytesScanned: row.count(7),
            filesCarriedOver: row.int(8).map(Int.init), carriedFromRun: row.int(9), findingCount: row.count(10),
            violationCount: row.count(11), scopeKey: row.text(12) ?? "", configurationFingerprint: row.text(13) ?? "")
    }
}
