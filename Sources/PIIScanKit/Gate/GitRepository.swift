import Foundation

/// The few git questions the gate asks, answered by running `git`: where the repository root is, and which
/// files were added since a revision.
struct GitRepository {
    /// The repository's top-level directory, absolute and free of symlinks.
    let root: String

    /// The repository containing `directory`, or nil when it is not in one (or git is not installed).
    static func containing(_ directory: String) -> GitRepository? {
        guard let output = try? run(["rev-parse", "--show-toplevel"], in: directory), output.status == 0 else {
            return nil
        }
        let root = String(decoding: output.stdout, as: UTF8.self).trimmingCharacters(in: .newlines)
        return root.isEmpty ? nil : GitRepository(root: (root as NSString).resolvingSymlinksInPath)
    }

    /// Absolute paths of the files added since `base`: committed since the merge base of `base` and `HEAD`
    /// (`git diff --diff-filter=A base...HEAD`), plus files staged as added and untracked files not ignored,
    /// so a migration not committed yet is checked too.
    func filesAdded(since base: String) throws(GateError) -> Set<String> {
        let verify = try Self.runOrFail(["rev-parse", "--verify", "--quiet", base + "^{commit}"], in: root)
        guard verify.status == 0 else {
            throw GateError(.usage, "--base: '\(base)' is not a revision of the repository at \(root)")
        }
        var paths: [String] = []
        for arguments in [
            ["diff", "--name-only", "--diff-filter=A", "-z", base + "...HEAD"],
            ["diff", "--cached", "--name-only", "--diff-filter=A", "-z"],
            ["ls-files", "--others", "--exclude-standard", "-z"],
        ] {
            let output = try Self.runOrFail(arguments, in: root)
            guard output.status == 0 else {
                let message = String(decoding: output.stderr, as: UTF8.self).trimmingCharacters(
                    in: .whitespacesAndNewlines)
                throw GateError(.usage, "--base: git \(arguments[0]) failed: \(message)")
            }
            paths += output.stdout.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        }
        return Set(paths.map { ((root + "/" + $0) as NSString).resolvingSymlinksInPath })
    }

    private struct Output {
        var status: Int32
        var stdout: [UInt8]
        var stderr: [UInt8]
    }

    private static func runOrFail(_ arguments: [String], in directory: String) throws(GateError) -> Output {
        do {
            return try run(arguments, in: directory)
        } catch {
            throw GateError(.usage, "--base needs git, which could not be run: \(error.localizedDescription)")
        }
    }

    /// Runs git; stderr is read after stdout, which is safe for the short error output of these commands.
    private static func run(_ arguments: [String], in directory: String) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory] + arguments
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: [UInt8](out), stderr: [UInt8](err))
    }
}
