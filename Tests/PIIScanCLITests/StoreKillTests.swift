import Foundation
import PIIScanTestSupport
import Testing

/// `kill -9` of a recording scan at several moments, on both store backends: the store stays consistent, the run
/// reads as incomplete, and the next scan carries nothing over from it.
@Suite("StoreKill", .serialized)
struct StoreKillTests {
    enum Moment: String, CaseIterable, CustomTestStringConvertible {
        /// Right after the process starts (the store may not even be open yet).
        case early
        /// As soon as the run row is committed.
        case running
        /// Once findings of the run have been written.
        case midScan

        var testDescription: String { rawValue }
    }

    static let cases = StoreCLIFixture.Backend.available.flatMap { backend in Moment.allCases.map { (backend, $0) } }

    @Test(arguments: cases)
    func aKilledScanLeavesAConsistentStoreAndAnIncompleteRun(
        _ backend: StoreCLIFixture.Backend, _ moment: Moment
    ) throws {
        let tree = try TempTree([:])
        // Big enough that a batch of findings is written well before the killed scan would end.
        _ = try CorpusGenerator(seed: 5).generate(into: tree.root, targetBytes: (moment == .midScan ? 24 : 6) << 20)
        let piiscan = try PIIScanProcess()
        let fixture = try StoreCLIFixture(backend, process: piiscan)
        let store = ["--store", fixture.store]
        let first = try piiscan.run(["scan", ".", "--format", "jsonl"] + store, in: tree.root, timeout: 300)
        #expect(first.status == 1)

        var killedWhileRunning = false
        let killed = try piiscan.run(
            ["scan", ".", "--format", "jsonl", "--jobs", "1", "--full"] + store, in: tree.root, timeout: 300
        ) { running in
            switch moment {
            case .early:
                usleep(20_000)
            case .running:
                killedWhileRunning = Self.waitUntil(timeout: 60) { (try? fixture.scalar(Self.runningRuns)) == "1" }
            case .midScan:
                killedWhileRunning = Self.waitUntil(timeout: 120) {
                    (Int((try? fixture.scalar(Self.findingsOfRunTwo)) ?? "") ?? 0) > 0
                        && (try? fixture.scalar(Self.runningRuns)) == "1"
                }
            }
            running.send(SIGKILL)
        }
        #expect(killed.status == SIGKILL || killed.status == 137 || killed.status == 9)
        if moment != .early { #expect(killedWhileRunning) }
        #expect(try fixture.integrityCheck() == "ok")

        // PostgreSQL notices the dead session a moment later; then its lock is free.
        var runs: [[String: Any]] = []
        _ = Self.waitUntil(timeout: 10) {
            runs = (try? piiscan.run(["history", "--format", "json"] + store).runs()) ?? []
            return runs.allSatisfy { $0["status"] as? String != "running" }
        }
        #expect(runs.first?["status"] as? String == "complete")
        if runs.count > 1 { #expect(runs[1]["status"] as? String == "incomplete") }

        let next = try piiscan.run(["scan", ".", "--format", "jsonl"] + store, in: tree.root, timeout: 300)
        #expect(next.findingLines == first.findingLines)
        let after = try piiscan.run(["history", "--format", "json"] + store).runs()
        #expect(after.last?["status"] as? String == "complete")
        #expect(after.last?["carried_from_run"] as? Int == runs.first?["id"] as? Int)
        #expect(try fixture.integrityCheck() == "ok")
    }

    static let runningRuns = "SELECT count(*) FROM piiscan_runs WHERE id = 2 AND status = 'running'"
    static let findingsOfRunTwo = "SELECT count(*) FROM piiscan_findings WHERE run_id = 2"

    /// Polls `condition` every 10 ms until it holds (true) or `timeout` seconds pass (false).
    static func waitUntil(timeout: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition() { return true }
            usleep(10_000)
        }
        return false
    }
}
