import Foundation

/// Runs a program to its end for a test: stdout and stderr go to files (so no pipe can fill up and block it),
/// stdin is `/dev/null`, and a program still running after `timeout` seconds is killed.
public enum ChildProcess {
    /// How a run ended and what it printed.
    public struct Outcome: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
        public var timedOut: Bool
    }

    /// A program while it runs: its process and the file its stderr goes to.
    public struct Running {
        public let process: Process
        public let stderrPath: String
    }

    /// Runs `executable arguments…` in `directory` with `environment` (nil: this process's). With
    /// `ownSession`, the program runs under `setsid` and a timeout kills its whole process group.
    /// `whileRunning` is called once the program has started.
    public static func run(
        _ executable: String, _ arguments: [String], in directory: String? = nil,
        environment: [String: String]? = nil, timeout: Double = 60, ownSession: Bool = false,
        whileRunning: ((Running) -> Void)? = nil
    ) throws -> Outcome {
        let scratch = try TempTree(prefix: "piiscan-child")
        defer { withExtendedLifetime(scratch) {} }
        let process = Process()
        let setsid = "/usr/bin/setsid"
        let inSession = ownSession && access(setsid, X_OK) == 0
        process.executableURL = URL(fileURLWithPath: inSession ? setsid : executable)
        process.arguments = (inSession ? [executable] : []) + arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        if let environment { process.environment = environment }
        let stdoutPath = scratch.path("stdout")
        let stderrPath = scratch.path("stderr")
        _ = FileManager.default.createFile(atPath: stdoutPath, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrPath, contents: nil)
        let stdoutHandle = try FileHandle(forWritingTo: URL(fileURLWithPath: stdoutPath))
        let stderrHandle = try FileHandle(forWritingTo: URL(fileURLWithPath: stderrPath))
        defer {
            try? stdoutHandle.close()
            try? stderrHandle.close()
        }
        process.standardOutput = stdoutHandle
        process.standardError = stderrHandle
        process.standardInput = FileHandle.nullDevice
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        whileRunning?(Running(process: process, stderrPath: stderrPath))
        var timedOut = false
        if exited.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            kill(inSession ? -process.processIdentifier : process.processIdentifier, SIGKILL)
            exited.wait()
        }
        return Outcome(
            status: process.terminationStatus,
            stdout: String(decoding: try TempTree.read(stdoutPath), as: UTF8.self),
            stderr: String(decoding: try TempTree.read(stderrPath), as: UTF8.self),
            timedOut: timedOut)
    }
}
