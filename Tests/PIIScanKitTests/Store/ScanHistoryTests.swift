import Foundation
import PIIScanTestSupport
import Testing

@testable import PIIScanKit

/// The scan store on both backends: round trips, run lifecycle, dead runs, schema versions, nothing raw stored.
@Suite("ScanHistory")
struct ScanHistoryTests {
    @Test(arguments: StoreFixture.Backend.available)
    func findingsViolationsAndFileStatesRoundTrip(_ backend: StoreFixture.Backend) throws {
        let fixture = try StoreFixture(backend)
        let history = try fixture.open()
        let run = try history.beginRun(
            RunStart(targets: ["data", "postgres://db:5432/crm"], scopeKey: "s", configurationFingerprint: "c"))
        let findings = [
            StoreFixture.fileFinding("a.json", line: 1, value: "j***@e***.org"),
            StoreFixture.fileFinding("a.json", line: 9, value: "m***@e***.org", place: "page 2"),
            StoreFixture.columnFinding,
        ]
        let file = CoveredFile(path: "a.json", stamp: StoreFixture.stamp(42), carried: false)
        try history.append(run: run, findings: Array(findings.prefix(2)), files: [file])
        try history.append(run: run, findings: [findings[2]], files: [])
        let violation = Violation(
            kind: .undeclaredCategory, severity: .high, system: "crm", owner: "crm@example.com",
            category: "user.contact.email",
            locations: [
                .file(path: "a.json"),
                .column(store: "postgres://db:5432/crm", schema: "public", table: "users", column: "profile"),
            ],
            count: 2, samples: ["j***@e***.org"], detail: "not declared", suggestion: "activities:\n  - id: x")
        var summary = ScanSummary(
            targets: ["data"], filesScanned: 1, bytesScanned: 42, findingsByType: ["email": 2, "phone": 1])
        summary.filesCarriedOver = 0
        try history.finishRun(run, status: .complete, summary: summary, violations: [violation])

        #expect(try history.findings(run: run) == findings)
        #expect(try history.findingSources(run: run) == ["a.json": run])
        #expect(try history.findings(heldBy: run, path: "a.json") == Array(findings.prefix(2)))
        #expect(try history.violations(run: run) == [violation])
        #expect(try history.fileStates(run: run) == ["a.json": StoreFixture.stamp(42)])
        let recorded = try #require(try history.run(run))
        #expect(recorded.status == .complete)
        #expect(recorded.targets == ["data", "postgres://db:5432/crm"])
        #expect(recorded.findingCount == 3 && recorded.violationCount == 1 && recorded.filesCarriedOver == 0)
        #expect(try history.lastCompleteRun(scopeKey: "s", configurationFingerprint: "c")?.id == run)
        #expect(try history.lastCompleteRun(scopeKey: "s", configurationFingerprint: "other") == nil)
    }

    @Test(arguments: StoreFixture.Backend.available)
    func carriedFilesAreReferencedInReportOrderAcrossRuns(_ backend: StoreFixture.Backend) throws {
        let fixture = try StoreFixture(backend)
        let history = try fixture.open()
        let start = RunStart(targets: ["t"], scopeKey: "s", configurationFingerprint: "c")
        let first = try ScanRecorder(history: history, start: start)
        let a = [1, 2, 3].map { StoreFixture.fileFinding("a.txt", line: $0, value: "a***@e***.org") }
        let b = [4, 5].map { StoreFixture.fileFinding("b.txt", line: $0, value: "b***@e***.org") }
        for (path, findings) in [("a.txt", a), ("b.txt", b)] {
            try first.add(findings)
            try first.add(CoveredFile(path: path, stamp: StoreFixture.stamp(findings.count), carried: false))
        }
        try first.finish(status: .complete, summary: ScanSummary(), violations: [])

        var carrying = start
        carrying.carriedFromRun = first.runID
        let second = try ScanRecorder(history: history, start: carrying)
        let changed = StoreFixture.fileFinding("a.txt", line: 7, value: "n***@e***.org")
        try second.add([changed])
        try second.add(CoveredFile(path: "a.txt", stamp: StoreFixture.stamp(9), carried: false))
        try second.add(b, carried: true)
        try second.add(CoveredFile(path: "b.txt", stamp: StoreFixture.stamp(2), carried: true))
        try second.add([StoreFixture.columnFinding])
        try second.finish(status: .complete, summary: ScanSummary(), violations: [])

        #expect(try history.findings(run: second.runID) == [changed] + b + [StoreFixture.columnFinding])
        #expect(try history.findingSources(run: second.runID) == ["a.txt": second.runID, "b.txt": first.runID])
        #expect(try history.findings(heldBy: first.runID, path: "b.txt") == b)
        #expect(try history.findings(run: first.runID) == a + b)

        // A third run carries both files: `b.txt` through the second run's reference to the first run's rows.
        carrying.carriedFromRun = second.runID
        let third = try ScanRecorder(history: history, start: carrying)
        for (path, findings) in [("a.txt", [changed]), ("b.txt", b)] {
            try third.add(findings, carried: true)
            try third.add(CoveredFile(path: path, stamp: StoreFixture.stamp(findings.count), carried: true))
        }
        try third.finish(status: .complete, summary: ScanSummary(), violations: [])
        #expect(try history.findings(run: third.runID) == [changed] + b)
        #expect(try history.findingSources(run: third.runID) == ["a.txt": second.runID, "b.txt": first.runID])
        #expect(try history.findings(run: second.runID) == [changed] + b + [StoreFixture.columnFinding])
    }

    @Test(arguments: StoreFixture.Backend.available)
    func batchesOfAnySizeAreWrittenInOrder(_ backend: StoreFixture.Backend) throws {
        let fixture = try StoreFixture(backend)
        let history = try fixture.open()
        let run = try history.beginRun(RunStart(targets: ["t"], scopeKey: "s", configurationFingerprint: "c"))
        var written: [Finding] = []
        for size in [457, 1, 200, 63] {
            let findings = (0..<size).map {
                StoreFixture.fileFinding("f\(written.count + $0).txt", line: $0 + 1, value: "x***@e***.org")
            }
            try history.append(run: run, findings: findings, files: [])
            written += findings
        }
        try history.finishRun(run, status: .complete, summary: ScanSummary(), violations: [])
        #expect(try history.findings(run: run) == written)
    }

    @Test(arguments: StoreFixture.Backend.available)
    func revealedValuesAreNeverWritten(_ backend: StoreFixture.Backend) throws {
        let fixture = try StoreFixture(backend)
        let recorder = try ScanRecorder(
            history: try fixture.open(), start: RunStart(targets: ["t"], scopeKey: "s", configurationFingerprint: "c"))
        let raw = "jane.secret.doe@example.org"
        try recorder.add([StoreFixture.fileFinding("a.txt", line: 1, value: "j***@e***.org", revealed: raw)])
        try recorder.finish(status: .complete, summary: ScanSummary(), violations: [])
        let stored = try fixture.open().findings(run: recorder.runID)
        #expect(stored.count == 1 && stored[0].revealedValue == nil)
        if let path = fixture.sqlitePath {
            let bytes = try TempTree.read(path) + ((try? TempTree.read(path + "-wal")) ?? [])
            #expect(!String(decoding: bytes, as: UTF8.self).contains(raw))
        }
    }

    @Test(arguments: StoreFixture.Backend.available)
    func aRunWhoseProcessIsGoneReadsIncomplete(_ backend: StoreFixture.Backend) throws {
        let fixture = try StoreFixture(backend)
        let history = try fixture.open() as! SQLScanHistory
        let live = try history.beginRun(RunStart(targets: ["t"], scopeKey: "s", configurationFingerprint: "c"))
        #expect(try history.run(live)?.status == .running)
        // A run row left by a process that no longer exists (no lock held, a pid that is not running).
        try history.connection.query(
            """
            INSERT INTO piiscan_runs (started_at, status, targets, scope_key, config_fingerprint, tool_version,
                owner_host, owner_pid, owner_start) VALUES ('2026-01-01T00:00:00.000Z', 'running', '["t"]', 's', 'c', '0',
                ?, 2147483000, 'gone')
            """, [.text(RunOwner.hostName)])
        let dead = try #require(try history.runs().last)
        #expect(dead.id != live && dead.status == .incomplete)
        #expect(try history.lastCompleteRun(scopeKey: "s", configurationFingerprint: "c") == nil)
        // The next run marks the dead one incomplete in the store itself.
        _ = try fixture.open().beginRun(RunStart(targets: ["t"], scopeKey: "s", configurationFingerprint: "c"))
        let status = try history.connection.query("SELECT status FROM piiscan_runs WHERE id = ?", [.int(dead.id)])
        #expect(status.first?.text(0) == "incomplete")
        #expect(try history.run(live)?.status == .running)
    }

    @Test(arguments: StoreFixture.Backend.available)
    func aStoreFromANewerPiiscanIsRefused(_ backend: StoreFixture.Backend) throws {
        let fixture = try StoreFixture(backend)
        let history = try fixture.open() as! SQLScanHistory
        try history.connection.query(
            "INSERT INTO piiscan_schema_version (version, applied_at) VALUES (?, 'later')",
            [.int(Int64(StoreMigrations.latest + 1))])
        #expect {
            _ = try fixture.open()
        } throws: { error in
            (error as? StoreError)?.code == .newerSchema
                && "\(error)".contains("version \(StoreMigrations.latest + 1)")
        }
    }

    @Test(arguments: StoreFixture.Backend.available)
    func triageDecisionsRoundTripInTheOrderRecorded(_ backend: StoreFixture.Backend) throws {
        let fixture = try StoreFixture(backend)
        let history = try fixture.open()
        let decisions = [
            TriageBookTests.decision(
                .column(store: "postgres://db:5432/crm", column: "public.users.ssn"), .remediate, at: 2,
                due: "2027-01-15"),
            TriageBookTests.decision(.fingerprint(TriageBookTests.fingerprint), .accepted, at: 1, due: "2027-03-31"),
            TriageBookTests.decision(
                .violation(kind: .outOfScope, system: nil, category: "user.name"), .reopened, at: 3),
        ]
        try history.record(Array(decisions.prefix(2)))
        try history.record([decisions[2]])
        #expect(try history.triageDecisions() == decisions)
    }

    @Test func theSQLiteStoreIsOwnerOnlyAndReopensAtTheSameVersion() throws {
        let fixture = try StoreFixture(.sqlite)
        _ = try fixture.open()
        let path = try #require(fixture.sqlitePath)
        var info = stat()
        #expect(stat(path, &info) == 0 && info.st_mode & 0o777 == 0o600)
        #expect(stat((path as NSString).deletingLastPathComponent, &info) == 0 && info.st_mode & 0o777 == 0o700)
        let history = try fixture.open() as! SQLScanHistory
        #expect(try StoreMigrations.version(history.connection) == StoreMigrations.latest)
    }

    @Test func storeLocationsParseAndRedact() throws {
        #expect(try ScanStore.Location("sqlite:/tmp/h.db") == .sqlite(path: "/tmp/h.db"))
        #expect(try ScanStore.Location("postgresql://u@h/db") == .postgres(target: "postgresql://u@h/db"))
        #expect(ScanStore.Location.postgres(target: "postgres://u:secret@h/db").display == "postgres://u@h/db")
        #expect(throws: StoreError.self) { try ScanStore.Location("mysql://u:secret@h/db") }
        #expect(
            try ScanStore.Location.defaultLocation(environment: ["PIISCAN_HOME": "/x"])
                == .sqlite(path: "/x/history.db"))
        #expect(
            try ScanStore.Location.defaultLocation(environment: ["HOME": "/home/u"])
                == .sqlite(path: "/home/u/.local/share/piiscan/history.db"))
    }

    @Test func anUnreachablePostgresStoreNamesNoPassword() {
        #expect {
            _ = try ScanStore.open(.postgres(target: "postgres://scanner:hunter2@127.0.0.1:1/db?connect_timeout=2"))
        } throws: { error in
            (error as? StoreError)?.code == .unreachable && !"\(error)".contains("hunter2")
        }
    }
}
