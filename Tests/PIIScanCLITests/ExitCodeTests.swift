import Foundation
import PIIScanTestSupport
import Testing

/// The exit codes of DESIGN §3.2, from the built binary.
@Suite("Exit codes")
struct ExitCodeTests {
    @Test("a tree without personal data exits 0")
    func cleanTreeExitsZero() throws {
        let tree = try TempTree(CLIFixture.cleanTree)
        let result = try PIIScanProcess().run(["scan", tree.root])
        #expect(result.status == 0)
        #expect(try result.jsonLines().isEmpty)
        #expect(try result.jsonLinesSummary()["failures"] as? Int == 0)
    }

    @Test("findings exit 1, and 0 with --fail-on none")
    func findingsExitOne() throws {
        let tree = try TempTree(CLIFixture.smallTree)
        let piiscan = try PIIScanProcess()
        #expect(try piiscan.run(["scan", tree.root]).status == 1)
        let tolerated = try piiscan.run(["scan", tree.root, "--fail-on", "none"])
        #expect(tolerated.status == 0)
        #expect(try tolerated.jsonLines().count == 6)
    }

    @Test(
        "--fail-on compares with the severity of a medium finding",
        arguments: [("low", Int32(1)), ("medium", 1), ("high", 0), ("none", 0)])
    func failOnThreshold(threshold: String, expected: Int32) throws {
        let tree = try TempTree(CLIFixture.mediumOnly)
        let result = try PIIScanProcess().run(["scan", tree.root, "--fail-on", threshold])
        #expect(result.status == expected)
        let findings = try result.jsonLines()
        #expect(findings.count == 1)
        #expect(findings.first?["confidence"] as? Double == 0.7)
    }

    @Test(
        "usage errors exit 2 with a message",
        arguments: [
            (["--bogus"], "Unknown option '--bogus'"),
            (["--format", "xml"], "unknown format 'xml' (known: text, jsonl, json, sarif, markdown)"),
            (["--min-confidence", "2"], "--min-confidence must be between 0 and 1"),
            (["--min-confidence", "abc"], "The value 'abc' is invalid for '--min-confidence <c>'"),
            (["--disable", "unknown_id"], "--disable: no detector or column rule has the id or type 'unknown_id'"),
            (["--jobs", "0"], "--jobs must be at least 1"),
            (["--fail-on", "critical"], "The value 'critical' is invalid for '--fail-on <severity>'"),
        ])
    func usageErrors(arguments: [String], message: String) throws {
        let tree = try TempTree(CLIFixture.smallTree)
        let result = try PIIScanProcess().run(["scan", tree.root] + arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "stderr: \(result.stderr)")
        #expect(result.stdout == "")
    }

    @Test("an unknown subcommand argument exits 2")
    func unknownPatternsSubcommand() throws {
        let result = try PIIScanProcess().run(["patterns", "frobnicate"])
        #expect(result.status == 2)
    }

    @Test("a malformed --patterns file exits 2 naming the file, line and column")
    func malformedPatternFile() throws {
        let tree = try TempTree(
            CLIFixture.smallTree.merging([
                "patterns/bad.yaml": "detectors:\n  - id: x\n    type: [unclosed\n"
            ]) { $1 })
        let result = try PIIScanProcess().run(["scan", tree.path("notes.txt"), "--patterns", tree.path("patterns")])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("piiscan: error: \(tree.path("patterns/bad.yaml")):4:1: YAML:"))
        #expect(result.stdout == "")
    }

    @Test("a pattern file missing a required key exits 2 naming the file, line and field")
    func patternFileMissingKey() throws {
        let tree = try TempTree([
            "patterns/bad.yaml": "detectors:\n  - id: x\n    type: x\n    category: user.name\n    confidence: 0.5\n",
            "a.txt": "nothing\n",
        ])
        let result = try PIIScanProcess().run(["scan", tree.path("a.txt"), "--patterns", tree.path("patterns")])
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "piiscan: error: \(tree.path("patterns/bad.yaml")):2:5: detectors[0]: missing required key 'pattern'\n"
        )
    }

    @Test("a missing root exits 3 after reporting the other targets")
    func missingRootExitsThree() throws {
        let tree = try TempTree(
            Dictionary(uniqueKeysWithValues: CLIFixture.smallTree.map { ("present/" + $0.key, $0.value) }))
        let result = try PIIScanProcess().run(
            ["scan", "present", "missing", "--format", "json", "--jobs", "1"], in: tree.root)
        #expect(result.status == 3)
        #expect(result.stderr == "piiscan: error: cannot read 'missing': No such file or directory\n")
        let summary = try #require(try result.jsonObject()["summary"] as? [String: Any])
        #expect(summary["files_scanned"] as? Int == 3)
        #expect(summary["unreadable_targets"] as? [String] == ["cannot read 'missing': No such file or directory"])
        #expect((try result.jsonObject()["findings"] as? [Any])?.count == 6)
    }

    /// /proc/self/mem is a regular file whose first read fails with EIO, even for root.
    @Test("a file target that cannot be read exits 3 and is named")
    func unreadableFileTargetExitsThree() throws {
        let result = try PIIScanProcess().run(["scan", "/proc/self/mem", "--format", "json"])
        #expect(result.status == 3)
        let summary = try #require(try result.jsonObject()["summary"] as? [String: Any])
        #expect(summary["unreadable_targets"] as? [String] == ["cannot read '/proc/self/mem': Input/output error"])
    }

    @Test("deliberate skips (a binary file, a FIFO, a symlink) are counted and leave the exit code 0")
    func deliberateSkipsExitZero() throws {
        var entries = CLIFixture.cleanTree
        entries["blob.bin"] = .bytes([0x7F, 0x45, 0x4C, 0x46, 0, 1, 2])
        entries["pipe"] = .fifo
        entries["link"] = .symlink("README.md")
        let tree = try TempTree(entries)
        let result = try PIIScanProcess().run(["scan", ".", "--format", "jsonl"], in: tree.root, timeout: 20)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let summary = try result.jsonLinesSummary()
        #expect(summary["failures"] as? Int == 0)
        #expect(summary["skipped_by_reason"] as? [String: Int] == ["binary": 1, "not_regular_file": 1, "symlink": 1])
    }

    /// `mem` links to /proc/self/mem, a regular file whose first read fails with EIO even for root (the tests run
    /// as root, so a chmod 000 file would be read): followed, it is an item that should have been read and was not.
    @Test("an item inside a tree that cannot be read exits 3, and 0 or 1 with --allow-skips")
    func unreadableItemExitsThree() throws {
        var entries = CLIFixture.cleanTree
        entries["mem"] = .symlink("/proc/self/mem")
        let tree = try TempTree(entries)
        let piiscan = try PIIScanProcess()
        let scan = ["scan", ".", "--follow-symlinks", "--no-store"]
        let failing = try piiscan.run(scan + ["--format", "jsonl"], in: tree.root)
        #expect(failing.status == 3)
        #expect(
            failing.stderr
                == "piiscan: error: 1 item could not be read (read_error 1): see the skipped items in the report; "
                + "the scan is incomplete (--allow-skips accepts this)\n")
        let summary = try failing.jsonLinesSummary()
        #expect(summary["failures"] as? Int == 1)
        let skipped = try #require(summary["skipped"] as? [[String: Any]])
        #expect(skipped.map { $0["item"] as? String } == ["mem"])
        #expect(skipped.map { $0["reason"] as? String } == ["read_error"])
        #expect(skipped.map { $0["failure"] as? Bool } == [true])

        let text = try piiscan.run(scan + ["--format", "text", "--color", "never"], in: tree.root)
        #expect(text.status == 3)
        #expect(text.stdout.contains("  Not read:\n    mem (read_error: Input/output error)\n"))

        let allowed = try piiscan.run(scan + ["--format", "jsonl", "--allow-skips"], in: tree.root)
        #expect(allowed.status == 0)
        #expect(allowed.stderr.hasPrefix("piiscan: warning: 1 item could not be read (read_error 1)"))
        #expect(try allowed.jsonLinesSummary()["failures"] as? Int == 1)

        entries["notes.txt"] = "card 4539 5260 1815 9083\n"
        let withFindings = try TempTree(entries)
        #expect(try piiscan.run(scan + ["--allow-skips"], in: withFindings.root).status == 1)
        #expect(try piiscan.run(scan, in: withFindings.root).status == 3)
    }

    @Test("--allow-skips never accepts an unreadable target")
    func allowSkipsKeepsUnreadableTargetsAtThree() throws {
        let tree = try TempTree(CLIFixture.cleanTree)
        let result = try PIIScanProcess().run(["scan", ".", "missing", "--allow-skips"], in: tree.root)
        #expect(result.status == 3)
    }

    @Test("a missing fingerprint key file exits 2")
    func missingKeyFile() throws {
        let tree = try TempTree(CLIFixture.smallTree)
        let result = try PIIScanProcess().run(
            ["scan", tree.root, "--fingerprint-key-file", tree.path("no.key")], withKey: false)
        #expect(result.status == 2)
        #expect(result.stderr.contains("no.key: cannot open the fingerprint key file"))
    }
}
