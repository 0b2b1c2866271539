import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program with `posix_spawn` and reaps it with `wait4`, which gives the child's own peak resident set
/// (`ru_maxrss`), unaffected by this process's memory.
struct ChildProcess {
    struct Outcome {
        var exitStatus: Int32
        var seconds: Double
        /// Peak resident set size of the child, in KiB (Linux reports `ru_maxrss` in KiB).
        var maxResidentKiB: Int
    }

    /// Runs `path` with `arguments`, standard output to `standardOutput` (a file path); standard error is kept
    /// unless `quiet`.
    static func run(
        _ path: String, _ arguments: [String], standardOutput: String = "/dev/null", quiet: Bool = false
    ) throws -> Outcome {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, standardOutput, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if quiet { posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0) }
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let clock = ContinuousClock()
        let start = clock.now
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
        guard spawned == 0 else { throw BenchError.cannotRun(path, code: spawned) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw BenchError.cannotRun(path, code: errno) }
        }
        let seconds = (clock.now - start) / .seconds(1)
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Outcome(exitStatus: exitStatus, seconds: seconds, maxResidentKiB: Int(usage.ru_maxrss))
    }

    /// The first executable called `name` on `PATH`.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { access($0, X_OK) == 0 }
    }
}

/// Why a benchmark could not run.
enum BenchError: Error, CustomStringConvertible {
    case cannotRun(String, code: Int32)
    case failed(String, status: Int32)

    var description: String {
        switch self {
        case .cannotRun(let path, let code): "cannot run \(path): \(String(cString: strerror(code)))"
        case .failed(let what, let status): "\(what) exited with status \(status)"
        }
    }
}
