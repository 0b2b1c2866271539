import Foundation
import PIIScanTestSupport

extension Modes {
    /// The floor every adversarial input must reach, in MB/s (issue 11).
    static let adversarialFloor = 10.0

    /// MB/s of the release `piiscan scan FILE --format jsonl --jobs 1 --no-store` on each adversarial input
    /// (megabyte lines of one repeated unit), best of `--runs`; inputs under the floor are marked.
    static func adversarial(_ options: BenchOptions) throws {
        guard access(options.piiscanPath, X_OK) == 0 else {
            Report.line(
                "adversarial: \(options.piiscanPath) not found; run `swift build -c release` in the repository root")
            return
        }
        let directory = options.cacheDirectory + "/adversarial-\(options.adversarialMiB)MiB"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let bytes = options.adversarialMiB << 20
        Report.line(
            "adversarial: \(options.piiscanPath) scan FILE --format jsonl --jobs 1 --no-store, \(bytes) bytes each "
                + "in 1 MiB lines, best of \(options.runs) (start-up included)")
        let home = NSTemporaryDirectory() + "piiscan-bench-home-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: home) }
        setenv("PIISCAN_HOME", home, 1)
        var slow: [String] = []
        for input in AdversarialInputs.all {
            let path = directory + "/" + input.name + ".txt"
            if (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) != bytes {
                try AdversarialInputs.write(unit: input.unit, lineBytes: 1 << 20, totalBytes: bytes, to: path)
            }
            var best = Double.infinity
            for _ in 0..<options.runs {
                let outcome = try ChildProcess.run(
                    options.piiscanPath, ["scan", path, "--format", "jsonl", "--jobs", "1", "--no-store"])
                guard outcome.exitStatus <= 1 else {
                    throw BenchError.failed("piiscan scan \(input.name)", status: outcome.exitStatus)
                }
                best = min(best, outcome.seconds)
            }
            let rate = Report.megabytesPerSecond(bytes, best)
            if rate < adversarialFloor { slow.append(input.name) }
            let label = (input.name + "  '" + input.unit + "'").padding(toLength: 32, withPad: " ", startingAt: 0)
            let below = rate < adversarialFloor ? "   BELOW \(Int(adversarialFloor)) MB/s" : ""
            Report.line("  " + label + String(format: "%8.1f MB/s", rate) + below)
        }
        Report.line(slow.isEmpty ? "  all at or above \(Int(adversarialFloor)) MB/s" : "  below the floor: \(slow)")
    }
}
