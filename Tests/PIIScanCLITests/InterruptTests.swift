import Foundation
import PIIScanTestSupport
import Testing

/// Ctrl-C ends a scan cleanly with a partial report.
@Suite("Interrupt")
struct InterruptTests {
    @Test("SIGINT during a large scan exits 3 with a partial, cancelled summary")
    func sigintGivesPartialSummary() throws {
        let tree = try TempTree([:])
        let corpus = try CorpusGenerator(seed: 7).generate(into: tree.root, targetBytes: 50 << 20)
        var started = false
        let result = try PIIScanProcess().run(
            ["scan", ".", "--format", "json", "--jobs", "1", "--progress"], in: tree.root, timeout: 120
        ) { running in
            // The progress line starts after the interrupt handler is installed: wait for it, then interrupt.
            started = running.waitForStderr(containing: "scanning: ", timeout: 60)
            usleep(300_000)
            running.send(SIGINT)
        }
        #expect(started)
        #expect(!result.timedOut)
        #expect(result.status == 3)
        #expect(result.stderr.contains("piiscan: interrupted, finishing the partial report"))
        let summary = try #require(try result.jsonObject()["summary"] as? [String: Any])
        #expect(summary["cancelled"] as? Bool == true)
        let scanned = try #require(summary["files_scanned"] as? Int)
        #expect(scanned < corpus.files.count)
        #expect(try #require(summary["bytes_scanned"] as? Int) < corpus.totalBytes)
    }
}
