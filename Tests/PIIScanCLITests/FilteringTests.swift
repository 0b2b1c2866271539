import Foundation
import PIIScanTestSupport
import Testing

/// Ignore files, `--exclude`, and items skipped with a reason in the summary.
@Suite("Filtering and skipped items")
struct FilteringTests {
    private static let tree: [String: TempTree.Entry] = [
        "a.txt": "mail bob.lee@northwind-mail.com\n",
        "ignored/b.txt": "mail eve.kim@northwind-mail.com\n",
        "logs/c.log": "mail tom.ray@northwind-mail.com\n",
        ".piiscanignore": "ignored/\n",
    ]

    @Test("a .piiscanignore entry is honoured, and --no-ignore scans it again")
    func piiscanignore() throws {
        let tree = try TempTree(Self.tree)
        let piiscan = try PIIScanProcess()
        let honoured = try piiscan.run(["scan", ".", "--jobs", "1"], in: tree.root)
        #expect(try honoured.jsonLines().map { $0["path"] as? String } == ["a.txt", "logs/c.log"])
        let ignored = try piiscan.run(["scan", ".", "--jobs", "1", "--no-ignore"], in: tree.root)
        #expect(try ignored.jsonLines().map { $0["path"] as? String } == ["a.txt", "ignored/b.txt", "logs/c.log"])
    }

    @Test("--exclude and --include select files by glob")
    func globs() throws {
        let tree = try TempTree(Self.tree)
        let piiscan = try PIIScanProcess()
        let excluded = try piiscan.run(["scan", ".", "--jobs", "1", "--exclude", "*.log"], in: tree.root)
        #expect(try excluded.jsonLines().map { $0["path"] as? String } == ["a.txt"])
        let included = try piiscan.run(["scan", ".", "--jobs", "1", "--include", "*.log"], in: tree.root)
        #expect(try included.jsonLines().map { $0["path"] as? String } == ["logs/c.log"])
    }

    @Test("a binary file and a FIFO are skipped with their reason, without hanging")
    func binaryAndFIFOSkipped() throws {
        let tree = try TempTree([
            "a.txt": "mail bob.lee@northwind-mail.com\n",
            "blob.dat": .bytes(Array("abc\0def bob.lee@northwind-mail.com\n".utf8)),
            "pipe": .fifo,
        ])
        let result = try PIIScanProcess().run(
            ["scan", ".", "--format", "json", "--jobs", "1"], in: tree.root, timeout: 20)
        #expect(!result.timedOut)
        #expect(result.status == 1)
        let report = try result.jsonObject()
        let summary = try #require(report["summary"] as? [String: Any])
        #expect(summary["files_scanned"] as? Int == 1)
        let skipped = try #require(summary["skipped"] as? [[String: Any]])
        #expect(
            skipped.map { [$0["item"] as? String, $0["reason"] as? String, $0["detail"] as? String] } == [
                ["blob.dat", "binary", nil], ["pipe", "not_regular_file", "fifo"],
            ])
        #expect(skipped.allSatisfy { $0["failure"] as? Bool == false })
        #expect(summary["failures"] as? Int == 0)
        #expect((report["findings"] as? [Any])?.count == 1)
    }

    @Test("--max-file-size skips a larger file as too_large")
    func maxFileSize() throws {
        let tree = try TempTree([
            "small.txt": "mail bob.lee@northwind-mail.com\n",
            "big.txt": .text(String(repeating: "filler text line\n", count: 200) + "mail eve.kim@northwind-mail.com\n"),
        ])
        let result = try PIIScanProcess().run(
            ["scan", ".", "--format", "json", "--jobs", "1", "--max-file-size", "1K"], in: tree.root)
        let report = try result.jsonObject()
        let summary = try #require(report["summary"] as? [String: Any])
        let skipped = try #require(summary["skipped"] as? [[String: Any]])
        #expect(skipped.map { $0["item"] as? String } == ["big.txt"])
        #expect(skipped.map { $0["reason"] as? String } == ["too_large"])
        #expect((report["findings"] as? [[String: Any]])?.map { $0["path"] as? String } == ["small.txt"])
    }

    @Test("symbolic links are skipped by default, and followed with loops detected by --follow-symlinks")
    func symlinks() throws {
        let tree = try TempTree([
            "d/a.txt": "mail bob.lee@northwind-mail.com\n",
            "link.txt": .symlink("d/a.txt"),
            "d/up": .symlink(".."),
            "broken": .symlink("nowhere"),
        ])
        let piiscan = try PIIScanProcess()
        let plain = try piiscan.run(["scan", ".", "--format", "json", "--jobs", "1"], in: tree.root, timeout: 20)
        let plainReport = try plain.jsonObject()
        #expect((plainReport["findings"] as? [[String: Any]])?.map { $0["path"] as? String } == ["d/a.txt"])
        let plainSkipped = try #require((plainReport["summary"] as? [String: Any])?["skipped"] as? [[String: Any]])
        #expect(
            plainSkipped.map { [$0["item"] as? String, $0["reason"] as? String] } == [
                ["broken", "symlink"], ["d/up", "symlink"], ["link.txt", "symlink"],
            ])
        let followed = try piiscan.run(
            ["scan", ".", "--format", "json", "--jobs", "1", "--follow-symlinks"], in: tree.root, timeout: 20)
        #expect(!followed.timedOut)
        let followedReport = try followed.jsonObject()
        #expect(
            (followedReport["findings"] as? [[String: Any]])?.map { $0["path"] as? String } == ["d/a.txt", "link.txt"])
        let followedSkipped = try #require(
            (followedReport["summary"] as? [String: Any])?["skipped"] as? [[String: Any]])
        #expect(
            followedSkipped.map { [$0["item"] as? String, $0["reason"] as? String] } == [
                ["broken", "broken_symlink"], ["d/up", "symlink_loop"],
            ])
    }
}
