import Glibc
import PIIScanTestSupport
import Testing

@testable import PIIScanKit

@Suite("FileTreeWalker")
struct FileTreeWalkerTests {
    @Test func walksDepthFirstInByteWiseSortedOrder() throws {
        let tree = try TempTree([
            "b.txt": "b", "a/z.txt": "z", "a/b/c.txt": "c", "B.txt": "B", "a.txt": "a", "é.txt": "e", "_.txt": "_",
        ])
        defer { tree.remove() }
        #expect(try walkEvents(tree.root) == ["B.txt", "_.txt", "a/b/c.txt", "a/z.txt", "a.txt", "b.txt", "é.txt"])
    }

    @Test("the scan's own output files are neither scanned nor counted, under any name")
    func skipsOwnFiles() throws {
        let tree = try TempTree(["a.txt": "a", "report.json": "{}", "sub/b.txt": "b"])
        #expect(link(tree.path("report.json"), tree.path("sub/hard-link.json")) == 0)
        var status = stat()
        #expect(lstat(tree.path("report.json"), &status) == 0)
        let events = try walkEvents(tree.root) {
            $0.ownFiles = [FileIdentity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))]
        }
        #expect(events == ["a.txt", "sub/b.txt"])
    }

    @Test func reportsEntryMetadataAndPaths() throws {
        let tree = try TempTree(["dir/file.txt": "hello"])
        defer { tree.remove() }
        var entries: [FileEntry] = []
        try FileTreeWalker(root: tree.root + "/", options: WalkOptions()).walk { event in
            if case .file(let entry) = event { entries.append(entry) }
            return true
        }
        var status = stat()
        #expect(lstat(tree.path("dir/file.txt"), &status) == 0)
        #expect(
            entries == [
                FileEntry(
                    path: tree.path("dir/file.txt"), displayPath: "dir/file.txt", size: 5,
                    modificationTime: Double(status.st_mtim.tv_sec) + Double(status.st_mtim.tv_nsec) / 1e9,
                    modificationTimeNanoseconds: Int64(status.st_mtim.tv_sec) * 1_000_000_000
                        + Int64(status.st_mtim.tv_nsec),
                    inode: UInt64(status.st_ino), device: UInt64(status.st_dev))
            ])
    }

    @Test func aRootThatIsAFileIsReportedWithItsPathAsGiven() throws {
        let tree = try TempTree(["data.csv": "a,b\n", ".gitignore": "*.csv\n"])
        defer { tree.remove() }
        #expect(try walkEvents(tree.path("data.csv")) == [tree.path("data.csv")])
    }

    @Test func aMissingRootThrowsWithErrno() {
        #expect(throws: InputError(code: ENOENT, path: "/nonexistent/piiscan-root", operation: "read")) {
            try walkEvents("/nonexistent/piiscan-root")
        }
    }

    @Test func gitignoreSyntaxAndHierarchy() throws {
        let tree = try TempTree([
            ".gitignore": """
            # a comment line
            *.log
            !keep.log
            /anchored.txt
            build/
            docs/**/*.tmp
            \\#hash.txt
            secret?.txt
            [ab]-range.txt
            trailing-space.txt   
            """,
            "a.log": "", "keep.log": "", "anchored.txt": "", "sub/anchored.txt": "", "build/out.txt": "",
            "sub/build": "a file named build is not a directory", "docs/x.tmp": "", "docs/deep/er/y.tmp": "",
            "docs/z.txt": "", "#hash.txt": "", "# a comment line": "", "secret1.txt": "", "secret12.txt": "",
            "a-range.txt": "", "c-range.txt": "", "trailing-space.txt": "",
            "sub/.gitignore": "!a.log\nlocal.txt\n", "sub/a.log": "", "sub/local.txt": "", "local.txt": "",
            "sub/deeper/a.log": "", "sub/deeper/local.txt": "",
        ])
        defer { tree.remove() }
        #expect(
            try walkEvents(tree.root) == [
                "# a comment line", ".gitignore", "c-range.txt", "docs/z.txt", "keep.log", "local.txt", "secret12.txt",
                "sub/.gitignore", "sub/a.log", "sub/anchored.txt", "sub/build", "sub/deeper/a.log",
            ])
    }

    @Test func piiscanignoreOverridesGitignoreInTheSameDirectory() throws {
        let tree = try TempTree([
            ".gitignore": "*.csv\n", ".piiscanignore": "!exports.csv\nnotes.md\n",
            "exports.csv": "", "other.csv": "", "notes.md": "", "readme.md": "",
        ])
        defer { tree.remove() }
        #expect(try walkEvents(tree.root) == [".gitignore", ".piiscanignore", "exports.csv", "readme.md"])
    }

    @Test func aFileInsideAnIgnoredDirectoryCannotBeReincluded() throws {
        let tree = try TempTree([".gitignore": "logs/\n!logs/keep.txt\n", "logs/keep.txt": "", "x.txt": ""])
        defer { tree.remove() }
        #expect(try walkEvents(tree.root) == [".gitignore", "x.txt"])
    }

    @Test func ignoreFilesCanBeDisregarded() throws {
        let tree = try TempTree([".gitignore": "*.log\n", "a.log": ""])
        defer { tree.remove() }
        #expect(try walkEvents(tree.root) { $0.respectIgnoreFiles = false } == [".gitignore", "a.log"])
    }

    @Test func neverDescendsIntoGit() throws {
        let tree = try TempTree([".git/config": "x", ".git/objects/ab/cd": "x", "sub/.git": "gitdir: ../x", "a": ""])
        defer { tree.remove() }
        #expect(try walkEvents(tree.root) { $0.respectIgnoreFiles = false } == ["a"])
    }

    @Test(arguments: [
        (["*.csv"], [String](), ["a.csv", "exports/crm/b.csv"]),
        (["exports/**"], [], ["exports/crm/b.csv", "exports/crm/c.json", "exports/d.txt"]),
        (["exports/crm"], [], ["exports/crm/b.csv", "exports/crm/c.json"]),
        (["**/*.json"], [], ["exports/crm/c.json", "top.json"]),
        ([], ["exports"], ["a.csv", "top.json"]),
        ([], ["*.csv", "exports/*.txt"], ["exports/crm/c.json", "top.json"]),
        (["*.csv", "*.json"], ["exports/crm/**"], ["a.csv", "top.json"]),
        (["./exports/d.txt"], [], ["exports/d.txt"]),
    ])
    func includeAndExcludeGlobs(include: [String], exclude: [String], expected: [String]) throws {
        let tree = try TempTree([
            "a.csv": "", "top.json": "", "exports/crm/b.csv": "", "exports/crm/c.json": "", "exports/d.txt": "",
        ])
        defer { tree.remove() }
        let events = try walkEvents(tree.root) {
            $0.includeGlobs = include
            $0.excludeGlobs = exclude
        }
        #expect(events == expected)
    }

    @Test func filesOverTheSizeLimitAreSkippedAsTooLarge() throws {
        let tree = try TempTree(["small.txt": "12345", "big.txt": "123456"])
        defer { tree.remove() }
        #expect(try walkEvents(tree.root) { $0.maxFileSize = 5 } == ["big.txt (too_large)", "small.txt"])
    }

    @Test func fifosAreNeverOpened() throws {
        let tree = try TempTree(["pipe": .fifo, "z.txt": "z"])
        defer { tree.remove() }
        // Opening a FIFO for reading without O_NONBLOCK would block here forever: there is no writer.
        #expect(try walkEvents(tree.root) == ["pipe (not_regular_file)", "z.txt"])
        let reader = ChunkReader(chunkSize: 64, overlap: 8, lookbehind: 8)
        #expect(reader.read(tree.path("pipe")) { _ in true } == .skipped(.notRegularFile, detail: "fifo"))
    }

    @Test func devicesAndSocketsAreNotRegularFiles() throws {
        #expect(try walkEvents("/dev/null") == ["/dev/null (not_regular_file)"])
        let reader = ChunkReader(chunkSize: 64, overlap: 8, lookbehind: 8)
        #expect(reader.read("/dev/zero") { _ in true } == .skipped(.notRegularFile, detail: "character device"))

        let tree = try TempTree(["a.txt": "a"])
        defer { tree.remove() }
        let socketFD = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socketFD) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let path = Array(tree.path("sock").utf8)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: path) }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socketFD, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        #expect(bound == 0)
        #expect(try walkEvents(tree.root) == ["a.txt", "sock (not_regular_file)"])
        let outcome = reader.read(tree.path("sock")) { _ in true }
        #expect(outcome == .skipped(.notRegularFile, detail: InputError.describe(ENXIO)))
    }

    @Test func symlinksAreSkippedUnlessFollowed() throws {
        let tree = try TempTree([
            "real/file.txt": "x", "link-dir": .symlink("real"), "link-file": .symlink("real/file.txt"),
        ])
        defer { tree.remove() }
        #expect(try walkEvents(tree.root) == ["link-dir (symlink)", "link-file (symlink)", "real/file.txt"])
        #expect(
            try walkEvents(tree.root) { $0.followSymlinks = true }
                == ["link-dir/file.txt", "link-file", "real/file.txt"])
        // A link that no include glob matches is not reported at all.
        #expect(try walkEvents(tree.root) { $0.includeGlobs = ["*.txt"] } == ["real/file.txt"])
    }

    @Test func followedSymlinksDetectLoopsAndBrokenLinks() throws {
        let tree = try TempTree([
            "a/file.txt": "x", "a/up": .symlink(".."), "a/self": .symlink("self"), "broken": .symlink("missing"),
        ])
        defer { tree.remove() }
        #expect(
            try walkEvents(tree.root) { $0.followSymlinks = true }
                == ["a/file.txt", "a/self (symlink_loop)", "a/up (symlink_loop)", "broken (broken_symlink)"])
    }

    @Test func stopsWhenVisitReturnsFalse() throws {
        let tree = try TempTree(["a": "", "b/c": "", "d": ""])
        defer { tree.remove() }
        var seen: [String] = []
        try FileTreeWalker(root: tree.root, options: WalkOptions()).walk { event in
            if case .file(let entry) = event { seen.append(entry.displayPath) }
            return seen.count < 2
        }
        #expect(seen == ["a", "b/c"])
    }

    @Test func aDirectoryRemovedDuringTheWalkIsVanished() throws {
        let tree = try TempTree(["a.txt": "", "b/c.txt": "", "d.txt": ""])
        defer { tree.remove() }
        var events: [String] = []
        try FileTreeWalker(root: tree.root, options: WalkOptions()).walk { event in
            switch event {
            case .file(let entry):
                events.append(entry.displayPath)
                if entry.displayPath == "a.txt" { try? tree.delete("b") }
            case .skipped(let item): events.append("\(item.item) (\(item.reason.rawValue))")
            }
            return true
        }
        #expect(events == ["a.txt", "b (vanished)", "d.txt"])
    }

    @Test(.enabled(if: FilesystemUser.canSwitch, "needs root and setfsuid"))
    func unreadableDirectoriesAreSkippedAndAnUnreadableRootThrows() throws {
        let tree = try TempTree(["locked/inside.txt": "", "open/file.txt": ""])
        defer { tree.remove() }
        try tree.setMode("", 0o755)
        try tree.setMode("locked", 0o000)
        let events = try FilesystemUser.asNobody { try walkEvents(tree.root) }
        #expect(events == ["locked (permission_denied)", "open/file.txt"])
        #expect(throws: InputError(code: EACCES, path: tree.path("locked"), operation: "read directory")) {
            try FilesystemUser.asNobody { try walkEvents(tree.path("locked")) }
        }
    }

    @Test func invalidUTF8NamesAreReportedNotOpened() throws {
        let tree = try TempTree(["ok.txt": ""])
        defer { tree.remove() }
        let name = Array(tree.root.utf8) + [UInt8(ascii: "/"), 0xFF, UInt8(ascii: "x"), 0]
        let fd = name.withUnsafeBufferPointer {
            open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644)
        }
        #expect(fd >= 0)
        close(fd)
        defer {
            name.withUnsafeBufferPointer {
                _ = unlink(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self))
            }
        }
        #expect(try walkEvents(tree.root) == ["ok.txt", "\u{FFFD}x (read_error)"])
    }
}
