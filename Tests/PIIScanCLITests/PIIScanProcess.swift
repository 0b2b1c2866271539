import Foundation
import PIIScanTestSupport
import Testing

/// What one run of the built `piiscan` binary produced.
struct PIIScanResult {
    var status: Int32
    var stdout: String
    var stderr: String
    /// True when the process did not exit within its timeout and was killed.
    var timedOut: Bool

    /// Every stdout line parsed as a JSON object (the jsonl format), without the scan's closing summary line.
    func jsonLines() throws -> [[String: Any]] {
        try allJSONLines().filter { $0["summary"] == nil }
    }

    /// The object of a `scan --format jsonl` report's last line, `{"summary": {...}}`; fails the test when the last
    /// line is not one, or when any other line is.
    func jsonLinesSummary(sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let lines = try allJSONLines()
        #expect(lines.dropLast().allSatisfy { $0["summary"] == nil }, sourceLocation: sourceLocation)
        let last = try #require(lines.last, sourceLocation: sourceLocation)
        #expect(last.count == 1, sourceLocation: sourceLocation)
        return try #require(last["summary"] as? [String: Any], sourceLocation: sourceLocation)
    }

    private func allJSONLines() throws -> [[String: Any]] {
        try stdout.split(separator: "\n").map { line in
            try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    /// A jsonl report's finding lines: stdout without its last line when that is the summary (which holds the
    /// duration, and counts that differ between a full scan and an incremental one).
    var findingLines: String {
        let lines = stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        guard lines.last?.hasPrefix(#"{"summary":"#) == true else { return stdout }
        return lines.dropLast().map { $0 + "\n" }.joined()
    }

    /// stdout parsed as one JSON object (the json and sarif formats).
    func jsonObject() throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
    }
}

/// A `piiscan` process that has been started, for tests that act on it while it runs.
struct RunningPIIScan {
    let process: Process
    let stderrPath: String

    /// Waits until stderr contains `text` (true), or the process ended or `timeout` seconds passed (false).
    func waitForStderr(containing text: String, timeout: Double) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline && process.isRunning {
            if let bytes = try? TempTree.read(stderrPath), String(decoding: bytes, as: UTF8.self).contains(text) {
                return true
            }
            usleep(20_000)
        }
        return false
    }

    /// Sends `signal` to the process.
    func send(_ signal: Int32) {
        kill(process.processIdentifier, signal)
    }
}

/// Runs the built `piiscan` executable as a subprocess, with a private home directory and a fixed fingerprint key.
///
/// The binary sits in the same build products directory as the test bundle; `swift build --build-tests` builds it.
final class PIIScanProcess {
    /// A fixed test key (64 hex digits), so fingerprints in golden files never change.
    static let keyHex = String(repeating: "0123456789abcdef", count: 4)

    /// Scratch space: the key file, the private `PIISCAN_HOME`, captured stdout and stderr.
    let scratch: TempTree

    init() throws {
        scratch = try TempTree(
            ["fingerprint.key": .text(Self.keyHex + "\n"), "home": .directory], prefix: "piiscan-cli")
    }

    /// The path of the test key file.
    var keyFile: String { scratch.path("fingerprint.key") }

    /// Runs `piiscan arguments…` in `directory`; `scan` runs also get `--fingerprint-key-file` unless `withKey` is
    /// false. A process still running after `timeout` seconds is killed and reported as `timedOut`. `environment`
    /// overrides variables (`PIISCAN_HOME` and `HOME` point into the scratch space otherwise).
    func run(
        _ arguments: [String], in directory: String? = nil, withKey: Bool = true, timeout: Double = 60,
        environment overrides: [String: String] = [:], whileRunning: ((RunningPIIScan) -> Void)? = nil
    ) throws -> PIIScanResult {
        let needsKey = withKey && arguments.first == "scan" && !arguments.contains("--fingerprint-key-file")
        var environment = ProcessInfo.processInfo.environment
        environment["PIISCAN_HOME"] = scratch.path("home")
        environment["HOME"] = scratch.path("home")
        environment.merge(overrides) { _, override in override }
        let outcome = try ChildProcess.run(
            try Self.binaryPath(), arguments + (needsKey ? ["--fingerprint-key-file", keyFile] : []), in: directory,
            environment: environment, timeout: timeout
        ) { running in
            whileRunning?(RunningPIIScan(process: running.process, stderrPath: running.stderrPath))
        }
        return PIIScanResult(
            status: outcome.status, stdout: outcome.stdout, stderr: outcome.stderr, timedOut: outcome.timedOut)
    }

    /// The `piiscan` executable: `PIISCAN_BINARY` if set, else next to the test bundle, else `.build/debug/piiscan`
    /// under the package root.
    static func binaryPath() throws -> String {
        var candidates: [String] = []
        if let explicit = ProcessInfo.processInfo.environment["PIISCAN_BINARY"] { candidates.append(explicit) }
        candidates.append(Bundle.main.bundleURL.appendingPathComponent("piiscan").path)
        if let executable = Bundle.main.executableURL {
            candidates.append(executable.deletingLastPathComponent().appendingPathComponent("piiscan").path)
        }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("piiscan").path)
        }
        candidates.append(packageRoot + "/.build/debug/piiscan")
        if let found = candidates.first(where: isExecutableFile) { return found }
        Issue.record(
            "the piiscan binary is not built: run 'swift build --build-tests' first (looked in \(candidates))")
        throw BinaryNotBuilt()
    }

    private static func isExecutableFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG && access(path, X_OK) == 0
    }

    /// The package root, three levels above this file.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    private struct BinaryNotBuilt: Error {}
}
