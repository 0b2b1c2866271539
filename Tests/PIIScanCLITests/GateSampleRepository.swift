import Foundation
import PIIScanTestSupport
import Testing

/// A git repository made from `Fixtures/gate/sample`: `main` holds the first migration; the branch `feature`
/// adds `V2__phone.sql`, which adds an undeclared phone column. `origin` is a bare clone, so `origin/main`
/// exists as it does in CI.
final class GateSampleRepository {
    static let fixtures = PIIScanProcess.packageRoot + "/Tests/PIIScanCLITests/Fixtures/gate"

    let tree: TempTree
    var root: String { tree.path("work") }

    init() throws {
        tree = try TempTree(["origin.git": .directory], prefix: "piiscan-gate-repo")
        try FileManager.default.copyItem(atPath: Self.fixtures + "/sample", toPath: root)
        try git("init", "-q", "-b", "main")
        try git("add", "-A")
        try git("commit", "-qm", "first migration")
        try git("init", "-q", "--bare", tree.path("origin.git"))
        try git("remote", "add", "origin", tree.path("origin.git"))
        try git("push", "-q", "origin", "main")
        try git("fetch", "-q", "origin")
        try git("checkout", "-qb", "feature")
        try FileManager.default.copyItem(
            atPath: Self.fixtures + "/phone-migration.sql", toPath: root + "/db/migrations/V2__phone.sql")
        try git("add", "-A")
        try git("commit", "-qm", "add a phone column")
    }

    /// Declares the phone number in the RoPA and commits it.
    func declarePhone() throws {
        let path = root + "/ropa.yaml"
        let text = try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: "[user.name, user.contact.email]", with: "[user.name, user.contact]")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        try git("commit", "-qam", "declare contact data")
    }

    /// Runs git in the work tree; fails the test when git fails.
    func git(_ arguments: String...) throws {
        let result = try Self.run(
            ["git", "-c", "user.email=t@test.example", "-c", "user.name=t"] + arguments, in: root)
        #expect(result.status == 0, "git \(arguments): \(result.output)")
    }

    /// Runs `arguments` in `directory` with `environment` added, the built piiscan first on PATH.
    static func run(
        _ arguments: [String], in directory: String, environment: [String: String] = [:]
    ) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var merged = ProcessInfo.processInfo.environment
        let binaryDirectory = (try PIIScanProcess.binaryPath() as NSString).deletingLastPathComponent
        merged["PATH"] = binaryDirectory + ":" + (merged["PATH"] ?? "/usr/bin:/bin")
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }
}
