import Foundation
import PIIScanTestSupport
import Testing

@testable import PIIScanKit

/// `FileOutput` on real files: refused targets, the atomic replacement, permissions, and no temporary file left.
/// Serialized: `removeAbandonedFiles()` removes every open output's temporary file in the process, so run beside
/// another test it deleted that test's file (CI failed with "cannot replace the file"). Only this suite opens
/// `FileOutput`s in the test process.
@Suite("Report file output", .serialized)
struct FileOutputTests {
    @Test("a new report file is private (0600) and holds what was written")
    func createsPrivateFile() throws {
        let tree = try TempTree()
        let path = tree.path("report.json")
        let output = try FileOutput(path: path)
        try output.write("hello ")
        try output.write(String(repeating: "x", count: 100_000))
        try output.close()
        #expect(Self.mode(path) == 0o600)
        #expect(try Self.text(path) == "hello " + String(repeating: "x", count: 100_000))
        #expect(throws: ReportOutputError.self) { try output.write("late") }
        #expect(try Self.names(tree) == ["report.json"])
    }

    @Test("an existing 0644 file is replaced on close only, and is then 0600")
    func replacesOnClose() throws {
        let tree = try TempTree(["report.txt": "old report\n"])
        try tree.setMode("report.txt", 0o644)
        let output = try FileOutput(path: tree.path("report.txt"))
        try output.write("new\n")
        try output.flush()
        #expect(try Self.text(tree.path("report.txt")) == "old report\n")
        try output.close()
        #expect(try Self.text(tree.path("report.txt")) == "new\n")
        #expect(Self.mode(tree.path("report.txt")) == 0o600)
        #expect(try Self.names(tree) == ["report.txt"])
    }

    @Test("a name of 255 bytes still gets a temporary file beside it")
    func longName() throws {
        let tree = try TempTree()
        let name = String(repeating: "é", count: 120) + ".jsonl"
        #expect(name.utf8.count > 240 && name.utf8.count <= 255)
        let output = try FileOutput(path: tree.path(name))
        try output.write("{}\n")
        try output.close()
        #expect(try Self.names(tree) == [name])
    }

    @Test("an output dropped without close leaves the previous file and no temporary file")
    func dropKeepsPrevious() throws {
        let tree = try TempTree(["report.jsonl": "previous\n"])
        do {
            let output = try FileOutput(path: tree.path("report.jsonl"))
            try output.write(String(repeating: "{}\n", count: 50_000))
            try output.flush()
            #expect(try Self.names(tree).count == 2)
        }
        #expect(try Self.text(tree.path("report.jsonl")) == "previous\n")
        #expect(try Self.names(tree) == ["report.jsonl"])
    }

    @Test("a link, directory, FIFO, socket or device is refused with an error naming it; nothing is written")
    func refusesNonRegular() throws {
        let tree = try TempTree([
            "target.txt": "keep me\n", "link": .symlink("target.txt"), "dangling": .symlink("nowhere.txt"),
            "dir": .directory, "fifo": .fifo,
        ])
        let socketPath = tree.path("socket")
        let socketFD = try Self.bindSocket(socketPath)
        defer { close(socketFD) }
        let cases = [
            ("link", "a symbolic link"), ("dangling", "a symbolic link"), ("dir", "a directory"), ("fifo", "a FIFO"),
            ("socket", "a socket"), ("dir/", "names a directory"),
        ]
        for (name, what) in cases {
            let error = #expect(throws: ReportOutputError.self) { try FileOutput(path: tree.path(name)) }
            #expect(error?.path == tree.path(name))
            #expect(error?.description.contains(what) == true, "\(name): \(error?.description ?? "")")
        }
        let device = #expect(throws: ReportOutputError.self) { try FileOutput(path: "/dev/null") }
        #expect(
            device?.description
                == "/dev/null: refused: the output is a character device (the command line writes to one in place)")
        #expect(try Self.text(tree.path("target.txt")) == "keep me\n")
        #expect(!FileManager.default.fileExists(atPath: tree.path("nowhere.txt")))
        #expect(try Self.names(tree) == ["dangling", "dir", "fifo", "link", "socket", "target.txt"])
    }

    @Test("a failed replacement removes the temporary file and leaves the target")
    func failedRenameCleansUp() throws {
        let tree = try TempTree()
        let output = try FileOutput(path: tree.path("report.json"))
        try output.write("{}\n")
        // The target became a non-empty directory after the check: rename(2) fails.
        try tree.create("report.json/inside.txt", "x")
        #expect(throws: ReportOutputError.self) { try output.close() }
        #expect(try Self.names(tree) == ["report.json"])
        #expect(try Self.text(tree.path("report.json/inside.txt")) == "x")
    }

    @Test("keepExisting keeps the user's own file's mode; a new file is still 0600")
    func keepsExistingMode() throws {
        let tree = try TempTree(["ropa.yaml": "systems: []\n"])
        try tree.setMode("ropa.yaml", 0o640)
        let edit = try FileOutput(path: tree.path("ropa.yaml"), permissions: .keepExisting)
        try edit.write("systems: [crm]\n")
        try edit.close()
        #expect(Self.mode(tree.path("ropa.yaml")) == 0o640)
        #expect(try Self.text(tree.path("ropa.yaml")) == "systems: [crm]\n")
        let fresh = try FileOutput(path: tree.path("new.yaml"), permissions: .keepExisting)
        try fresh.close()
        #expect(Self.mode(tree.path("new.yaml")) == 0o600)
    }

    @Test("a missing directory is an error naming the path and the reason")
    func missingDirectory() throws {
        let tree = try TempTree()
        let path = tree.path("missing/report.json")
        let error = #expect(throws: ReportOutputError.self) { try FileOutput(path: path) }
        #expect(
            error?.description
                == "\(path): cannot create a temporary file in \(tree.path("missing")): No such file or directory")
    }

    @Test("abandoned temporary files are removed for a process that exits at once")
    func removesAbandoned() throws {
        let tree = try TempTree(["report.json": "old\n"])
        let output = try FileOutput(path: tree.path("report.json"))
        try output.write("partial")
        try output.flush()
        FileOutput.removeAbandonedFiles()
        #expect(try Self.names(tree) == ["report.json"])
        #expect(throws: ReportOutputError.self) { try output.close() }
        #expect(try Self.text(tree.path("report.json")) == "old\n")
    }

    private static func text(_ path: String) throws -> String {
        String(decoding: try TempTree.read(path), as: UTF8.self)
    }

    private static func names(_ tree: TempTree) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: tree.root).sorted()
    }

    private static func mode(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & 0o777 : 0xFFFF
    }

    /// A listening Unix socket bound at `path`.
    private static func bindSocket(_ path: String) throws -> Int32 {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (index, byte) in path.utf8.prefix(buffer.count - 1).enumerated() { buffer[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        #expect(bound == 0, "bind \(path)")
        return fd
    }
}
