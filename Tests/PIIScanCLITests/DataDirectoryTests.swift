import Foundation
import PIIScanTestSupport
import Testing

/// piiscan's data directory (`PIISCAN_HOME`): not needed with `--fingerprint-key-file` and `--no-store`, and
/// every error about it says how to move it.
@Suite("Data directory")
struct DataDirectoryTests {
    private static func tree() throws -> TempTree {
        try TempTree(["a.txt": "mail ann@contoso.org\n", "not-a-directory": "x\n"])
    }

    @Test func aGivenKeyFileAndNoStoreNeverTouchTheDataDirectory() throws {
        let tree = try Self.tree()
        let piiscan = try PIIScanProcess()
        let unusable = try piiscan.run(
            ["scan", "a.txt", "--no-store", "--format", "jsonl"], in: tree.root,
            environment: ["PIISCAN_HOME": tree.path("not-a-directory/home")])
        #expect(unusable.status == 1, "\(unusable.stderr)")
        #expect(unusable.stderr.isEmpty)
        let fresh = try piiscan.run(
            ["scan", "a.txt", "--no-store", "--format", "jsonl"], in: tree.root,
            environment: ["PIISCAN_HOME": tree.path("fresh")])
        #expect(fresh.status == 1, "\(fresh.stderr)")
        #expect(!FileManager.default.fileExists(atPath: tree.path("fresh")))
    }

    @Test func aKeyDirectoryThatCannotBeCreatedIsAnErrorNamingPIISCANHOME() throws {
        let tree = try Self.tree()
        let piiscan = try PIIScanProcess()
        let home = tree.path("not-a-directory/home")
        let fromVariable = try piiscan.run(
            ["scan", "a.txt", "--no-store"], in: tree.root, withKey: false, environment: ["PIISCAN_HOME": home])
        #expect(fromVariable.status == 2)
        #expect(fromVariable.stderr.contains("fingerprint.key: cannot open the fingerprint key: Not a directory"))
        #expect(fromVariable.stderr.contains("set PIISCAN_HOME to a directory you can write"))
        #expect(fromVariable.stderr.contains("or give --fingerprint-key-file"))
        let fromHome = try piiscan.run(
            ["scan", "a.txt", "--no-store"], in: tree.root, withKey: false,
            environment: ["PIISCAN_HOME": "", "XDG_DATA_HOME": "", "HOME": home])
        #expect(fromHome.status == 2)
        #expect(fromHome.stderr.contains("found from HOME as PIISCAN_HOME is not set"), "\(fromHome.stderr)")
    }

    @Test func aDefaultStoreThatCannotBeCreatedIsAnErrorNamingPIISCANHOMEAndTheWaysAround() throws {
        let tree = try Self.tree()
        let result = try PIIScanProcess().run(
            ["scan", "a.txt"], in: tree.root, environment: ["PIISCAN_HOME": tree.path("not-a-directory/home")])
        #expect(result.status == 3)
        #expect(result.stderr.contains("set PIISCAN_HOME to a directory you can write"), "\(result.stderr)")
        #expect(result.stderr.contains("or give --store or --no-store"))
    }
}
