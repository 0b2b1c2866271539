import Foundation
import PIIScanTestSupport
import Testing

/// Peak memory of whole scans, read from the scanning process itself, so no other test's allocations count.
@Suite struct MemoryTests {
    /// A single line far larger than any chunk: the scan must neither hold the line nor lose the matches in it.
    @Test func aGiantSingleLineFileScansInBoundedMemory() throws {
        let megabytes = 64
        let tree = try TempTree()
        defer { tree.remove() }
        let path = tree.path("minified.js")
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        #expect(fd >= 0)
        for index in 0..<megabytes {
            let address = Array(" contact: user\(index)@corp.io ".utf8)
            let block = address + [UInt8](repeating: UInt8(ascii: "x"), count: (1 << 20) - address.count)
            #expect(block.withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) } == block.count)
        }
        close(fd)

        let cli = try PIIScanProcess()
        defer { cli.scratch.remove() }
        var peakKiB = 0
        let result = try cli.run(["scan", path, "--format", "jsonl", "--jobs", "2"], timeout: 300) { running in
            while running.process.isRunning {
                peakKiB = max(peakKiB, Self.highWaterMarkKiB(of: running.process.processIdentifier))
                usleep(10_000)
            }
        }
        #expect(result.status == 1)
        #expect(try result.jsonLines().count { $0["type"] as? String == "email" } == megabytes)
        #expect(peakKiB > 0)
        #expect(peakKiB < 150 * 1024)
    }

    /// A file that is nothing but e-mail addresses: its findings stream to the report in parts and to the store in
    /// batches, instead of being held until the file is done (600,000 addresses in 16 MB peaked at 1 GB before).
    @Test func aFileDenseWithFindingsScansInBoundedMemory() throws {
        let count = 300_000
        let tree = try TempTree()
        defer { tree.remove() }
        let path = tree.path("dense.txt")
        var text = ""
        text.reserveCapacity(count * 32)
        for index in 0..<count { text += "person\(index)@quill\(index % 97).net\n" }
        try text.write(toFile: path, atomically: false, encoding: .utf8)

        let cli = try PIIScanProcess()
        defer { cli.scratch.remove() }
        var peakKiB = 0
        let store = "sqlite:" + cli.scratch.path("store.db")
        let result = try cli.run(
            ["scan", path, "--format", "jsonl", "--jobs", "2", "--store", store, "-o", tree.path("out.jsonl")],
            timeout: 600
        ) { running in
            while running.process.isRunning {
                peakKiB = max(peakKiB, Self.highWaterMarkKiB(of: running.process.processIdentifier))
                usleep(10_000)
            }
        }
        #expect(result.status == 1, "\(result.stderr)")
        let lines = try String(contentsOfFile: tree.path("out.jsonl"), encoding: .utf8).split(separator: "\n")
        #expect(lines.count { $0.contains(#""type":"email""#) } == count)
        #expect(peakKiB > 0)
        #expect(peakKiB < 150 * 1024, "peak RSS \(peakKiB) KiB")
    }

    /// `VmHWM` (peak resident set) of a live process in KiB; 0 once it has exited. The mark only grows, so
    /// polling until exit sees the peak.
    static func highWaterMarkKiB(of pid: Int32) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return 0 }
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
        return line.flatMap { Int($0.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") }
            ?? 0
    }
}
