import Foundation

/// ripgrep with the catalog's own patterns, as the speed reference: `rg -c --no-unicode -e P1 -e P2 …`.
/// ripgrep reports matching lines, not typed and validated matches, so it does less work than piiscan.
struct RipgrepRun {
    let executable: String
    let patterns: [String]

    /// Median wall seconds of `runs` searches with `threads` threads, and the number of matching lines.
    func medianSeconds(_ directory: String, threads: Int, runs: Int) throws -> (seconds: Double, lines: Int) {
        let output = FileManager.default.temporaryDirectory.path + "/piiscan-bench-rg-\(getpid()).txt"
        defer { try? FileManager.default.removeItem(atPath: output) }
        // `--engine auto` falls back to PCRE2 for the few patterns the default engine cannot compile (look-arounds).
        var arguments = ["-c", "--no-unicode", "--engine", "auto", "--no-messages", "-j", String(threads)]
        for pattern in patterns { arguments += ["-e", pattern] }
        arguments.append(directory)
        var times: [Double] = []
        for _ in 0..<runs {
            let outcome = try ChildProcess.run(executable, arguments, standardOutput: output)
            guard outcome.exitStatus <= 1 else { throw BenchError.failed("rg", status: outcome.exitStatus) }
            times.append(outcome.seconds)
        }
        let counts = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        let lines = counts.split(separator: "\n").compactMap { $0.split(separator: ":").last.flatMap { Int($0) } }
        return (Report.median(times), lines.reduce(0, +))
    }
}
