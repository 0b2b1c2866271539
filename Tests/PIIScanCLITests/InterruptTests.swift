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

    @Test("a second SIGINT exits at once, leaving the previous report file and no temporary file")
    func secondSigintKeepsPreviousReport() throws {
        let tree = try TempTree(["out/report.json": "previous\n"])
        try tree.create("data", .directory)
        _ = try CorpusGenerator(seed: 7).generate(into: tree.path("data"), targetBytes: 50 << 20)
        // Signals race the scan: if the partial report is finished before the second SIGINT arrives, the
        // run ends normally (3). That run proves nothing about the second signal, so it is run again.
        var result: PIIScanResult?
        for _ in 0..<5 {
            try tree.delete("out/report.json")
            try tree.create("out/report.json", "previous\n")
            var started = false
            let attempt = try PIIScanProcess().run(
                ["scan", "data", "--jobs", "1", "--progress", "--no-store", "-o", tree.path("out/report.json")],
                in: tree.root, timeout: 120
            ) { running in
                started = running.waitForStderr(containing: "scanning: ", timeout: 60)
                #expect((try? FileManager.default.contentsOfDirectory(atPath: tree.path("out")))?.count == 2)
                running.send(SIGINT)
                usleep(5_000)
                running.send(SIGINT)
            }
            #expect(started)
            #expect(!attempt.timedOut)
            result = attempt
            if attempt.status != 3 { break }
        }
        let last = try #require(result)
        #expect(last.status == 130, "\(last.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: tree.path("out")) == ["report.json"])
        #expect(try TempTree.read(tree.path("out/report.json")) == Array("previous\n".utf8))
    }
}
