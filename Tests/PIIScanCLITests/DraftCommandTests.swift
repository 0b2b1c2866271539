import Foundation
import PIIScanTestSupport
import Testing

/// `piiscan draft`: a draft RoPA from a scan, merged into owners' files without changing what they wrote.
@Suite("draft command")
struct DraftCommandTests {
    private func text(_ path: String) throws -> String {
        String(decoding: try TempTree.read(path), as: UTF8.self)
    }

    @Test("a draft lists one system per top-level directory and re-running it changes nothing")
    func idempotent() throws {
        let tree = try TempTree(CLIFixture.smallTree)
        let out = try TempTree([:])
        let process = try PIIScanProcess()
        let first = try process.run(["draft", ".", "--jobs", "1", "-o", out.path("ropa.yaml")], in: tree.root)
        #expect(first.status == 0, "\(first.stderr)")
        let draft = try text(out.path("ropa.yaml"))
        #expect(draft.contains("  - id: sub\n    status: draft\n"))
        #expect(draft.contains("      - user.contact.email  # 2 findings\n"))
        let again = try process.run(
            ["draft", ".", "--jobs", "1", "--ropa", out.path("ropa.yaml"), "-o", out.path("again.yaml")],
            in: tree.root)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try TempTree.read(out.path("again.yaml")) == TempTree.read(out.path("ropa.yaml")))
    }

    @Test("--organization names a new draft, which is owner-only and lists its evidence masked")
    func organizationAndMode() throws {
        let tree = try TempTree(CLIFixture.smallTree)
        let out = try TempTree([:])
        let result = try PIIScanProcess().run(
            ["draft", ".", "--organization", "Example Ltd", "-o", out.path("ropa.yaml")], in: tree.root)
        #expect(result.status == 0, "\(result.stderr)")
        let draft = try text(out.path("ropa.yaml"))
        #expect(draft.contains("\norganization: Example Ltd\n"))
        #expect(draft.contains("        # found in: sub/c.json (1), sub/people.csv (1)\n"))
        for value in CLIFixture.smallTreeValues { #expect(!draft.contains(value), "raw value in the draft") }
        let mode = try FileManager.default.attributesOfItem(atPath: out.path("ropa.yaml"))[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    /// `sub/mem` links to /proc/self/mem, whose read fails with EIO even for root.
    @Test("a draft whose scan could not read an item is still written, names the item and exits 3")
    func itemNotRead() throws {
        var entries = CLIFixture.smallTree
        entries["sub/mem"] = .symlink("/proc/self/mem")
        let tree = try TempTree(entries)
        let out = try TempTree([:])
        let process = try PIIScanProcess()
        let draft = ["draft", ".", "--follow-symlinks", "-o", out.path("ropa.yaml")]
        let failing = try process.run(draft, in: tree.root)
        #expect(failing.status == 3)
        #expect(failing.stderr.hasPrefix("piiscan: not read: sub/mem (read_error: Input/output error)\n"))
        #expect(try text(out.path("ropa.yaml")).contains("  - id: sub\n"))
        #expect(try process.run(draft + ["--allow-skips"], in: tree.root).status == 0)
    }

    @Test("owners' edits and comments survive; only new categories are added")
    func keepsOwnersEdits() throws {
        let tree = try TempTree(CLIFixture.smallTree)
        let out = try TempTree([:])
        let process = try PIIScanProcess()
        _ = try process.run(["draft", ".", "--jobs", "1", "-o", out.path("ropa.yaml")], in: tree.root)
        let edited = try text(out.path("ropa.yaml"))
            .replacingOccurrences(of: "organization: \"\"", with: "organization: Example Ltd  # our name")
            .replacingOccurrences(
                of: "  - id: sub-processing\n    status: draft\n    owner:  # TODO: who answers for this processing",
                with: "  - id: sub-processing\n    status: draft\n    owner: dpo@example.com")
        try tree.create("sub/more.txt", "Card 4539 1488 0343 6467 on file\n")
        try Data(edited.utf8).write(to: URL(fileURLWithPath: out.path("ropa.yaml")))
        let result = try process.run(
            ["draft", ".", "--jobs", "1", "--ropa", out.path("ropa.yaml"), "-o", out.path("ropa.yaml")], in: tree.root)
        #expect(result.status == 0, "\(result.stderr)")
        let merged = try text(out.path("ropa.yaml"))
        #expect(merged.contains("organization: Example Ltd  # our name\n"))
        #expect(merged.contains("    owner: dpo@example.com\n"))
        #expect(merged.contains("      - user.financial.credit_card  # 1 finding\n"))
        #expect(merged.count > edited.count)
    }
}
