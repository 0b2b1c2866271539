import Foundation

/// ripgrep with the catalog's own patterns, as the speed reference: `rg -c --no-unicode -e P1 -e P2 …`.
/// ripgrep reports matching lines, not typed and validated matches, so it does less work than piiscan.
///
/// Look-arounds are dropped (`PatternForRipgrep`), and only patterns that ripgrep's own engine then compiles are
/// passed: one pattern that needs PCRE2 would switch the whole search to PCRE2, which measures PCRE2, not ripgrep.
struct RipgrepRun {
    let executable: String
    let patterns: [String]
    /// How many catalog patterns ripgrep's default engine rejected even without their look-arounds.
    let skipped: Int

    init(executable: String, catalogPatterns: [String]) throws {
        self.executable = executable
        let empty = FileManager.default.temporaryDirectory.path + "/piiscan-bench-empty-\(getpid())"
        FileManager.default.createFile(atPath: empty, contents: Data())
        defer { try? FileManager.default.removeItem(atPath: empty) }
        var accepted: [String] = []
        for pattern in catalogPatterns.map(PatternForRipgrep.withoutLookarounds) {
            let outcome = try ChildProcess.run(executable, ["-q", "--no-unicode", "-e", pattern, empty], quiet: true)
            if outcome.exitStatus <= 1 { accepted.append(pattern) }
        }
        patterns = accepted
        skipped = catalogPatterns.count - accepted.count
    }

    /// Median wall seconds of `runs` searches with `threads` threads, and the number of matching lines.
    func medianSeconds(_ directory: String, threads: Int, runs: Int) throws -> (seconds: Double, lines: Int) {
        let output = FileManager.default.temporaryDirectory.path + "/piiscan-bench-rg-\(getpid()).txt"
        defer { try? FileManager.default.removeItem(atPath: output) }
        var arguments = ["-c", "--no-unicode", "--no-messages", "-j", String(threads)]
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
