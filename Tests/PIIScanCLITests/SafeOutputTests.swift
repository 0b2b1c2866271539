import Foundation
import PIIScanTestSupport
import Testing

/// Every file piiscan writes for the user (`scan -o`, `report --html`, `draft -o`, `ropa import|export -o`,
/// `history -o`, `diff -o`, `gate -o`, `gate --write-baseline`): links, FIFOs and directories refused, an
/// existing file replaced and made owner-only, no temporary file left behind.
@Suite("Output files are written safely")
struct SafeOutputTests {
    /// A command writing to `OUT`, run in a workspace prepared with what it needs.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var arguments: [String]
        var directory = ""

        var testDescription: String { name }
    }

    static let cases = [
        Case(name: "scan -o", arguments: ["scan", "data", "--jobs", "1", "--no-store", "--format", "jsonl", "-o"]),
        Case(name: "report --html", arguments: ["report", "--html"]),
        Case(name: "draft -o", arguments: ["draft", "data", "--jobs", "1", "-o"]),
        Case(name: "ropa export -o", arguments: ["ropa", "export", "ropa.yaml", "-o"]),
        Case(name: "ropa import -o", arguments: ["ropa", "import", "ropa.csv", "-o"]),
        Case(name: "history -o", arguments: ["history", "-o"]),
        Case(name: "diff -o", arguments: ["diff", "-o"]),
        Case(name: "gate -o", arguments: ["gate", "--ropa", "ropa.yaml", "db/migrations", "-o"], directory: "gate"),
        Case(
            name: "gate --write-baseline",
            arguments: ["gate", "--ropa", "ropa.yaml", "db/migrations", "--write-baseline"], directory: "gate"),
    ]

    /// A tree to scan, two recorded runs, a RoPA and its CSV, and a copy of the gate sample project.
    final class Workspace {
        let tree: TempTree
        let process: PIIScanProcess

        init() throws {
            tree = try TempTree([
                "data/notes.txt": "Contact: jane.doe@northwind-mail.com\n",
                "data/people.csv": "name,email\nJohn Smith,john.smith@fabrikam.io\n", "out": .directory,
            ])
            process = try PIIScanProcess()
            for _ in 0..<2 { #expect(try run(["scan", "data", "--jobs", "1"]).status == 1) }
            #expect(try run(["draft", "data", "--jobs", "1", "-o", "ropa.yaml"]).status == 0)
            #expect(try run(["ropa", "export", "ropa.yaml", "-o", "ropa.csv"]).status == 0)
            try FileManager.default.copyItem(
                atPath: GateSampleRepository.fixtures + "/sample", toPath: tree.path("gate"))
        }

        func run(_ arguments: [String], in directory: String = "") throws -> PIIScanResult {
            try process.run(arguments, in: tree.path(directory), timeout: 20)
        }

        /// The names in `out/`.
        func outNames() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: tree.path("out")).sorted()
        }
    }

    @Test("a symbolic link as the output is refused and its target left untouched", arguments: cases)
    func refusesSymlink(command: Case) throws {
        let workspace = try Workspace()
        try workspace.tree.create("out/target.txt", "untouched\n")
        try workspace.tree.setMode("out/target.txt", 0o644)
        try workspace.tree.create("out/link", .symlink("target.txt"))
        let link = workspace.tree.path("out/link")
        let result = try workspace.run(command.arguments + [link], in: command.directory)
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stderr.contains("\(link): refused: the output is a symbolic link"), "\(result.stderr)")
        #expect(
            String(decoding: try TempTree.read(workspace.tree.path("out/target.txt")), as: UTF8.self) == "untouched\n")
        #expect(Self.mode(workspace.tree.path("out/target.txt")) == 0o644)
        #expect(try workspace.outNames() == ["link", "target.txt"])
    }

    @Test("a FIFO or a directory as the output is refused at once", arguments: cases)
    func refusesFIFOAndDirectory(command: Case) throws {
        let workspace = try Workspace()
        try workspace.tree.create("out/fifo", .fifo)
        try workspace.tree.create("out/dir", .directory)
        for (name, what) in [("fifo", "a FIFO"), ("dir", "a directory")] {
            let path = workspace.tree.path("out/" + name)
            let result = try workspace.run(command.arguments + [path], in: command.directory)
            #expect(!result.timedOut)
            #expect(result.status == 3, "\(result.stderr)")
            #expect(result.stderr.contains("\(path): refused: the output is \(what)"), "\(result.stderr)")
        }
        #expect(try workspace.outNames() == ["dir", "fifo"])
    }

    @Test("an existing 0644 file is replaced and is 0600 afterwards; no temporary file is left", arguments: cases)
    func replacesExisting(command: Case) throws {
        let workspace = try Workspace()
        try workspace.tree.create("out/result", "old content\n")
        try workspace.tree.setMode("out/result", 0o644)
        let path = workspace.tree.path("out/result")
        let result = try workspace.run(command.arguments + [path], in: command.directory)
        #expect([0, 1].contains(result.status), "\(result.stderr)")
        let written = String(decoding: try TempTree.read(path), as: UTF8.self)
        #expect(!written.isEmpty && !written.contains("old content"))
        #expect(Self.mode(path) == 0o600)
        #expect(try workspace.outNames() == ["result"])
    }

    @Test("a report write that fails midway leaves the previous report intact and no temporary file")
    func failedWriteKeepsPrevious() throws {
        let rows = (0..<400).map { "Customer \($0): user\($0).name@northwind-mail.com" }
        let tree = try TempTree(["data/big.txt": .text(rows.joined(separator: "\n") + "\n"), "out": .directory])
        try tree.create("out/report.jsonl", "previous report\n")
        let process = try PIIScanProcess()
        // A 4-block (2 KiB) file size limit makes write(2) fail with EFBIG once the report outgrows it.
        let script = #"ulimit -f 4; trap "" XFSZ; exec "$0" "$@""#
        let outcome = try ChildProcess.run(
            "/bin/sh",
            [
                "-c", script, try PIIScanProcess.binaryPath(), "scan", "data", "--jobs", "1", "--no-store",
                "--fingerprint-key-file", process.keyFile, "-o", tree.path("out/report.jsonl"),
            ],
            in: tree.root, environment: ["PIISCAN_HOME": process.scratch.path("home")], timeout: 30)
        #expect(outcome.status == 3, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("\(tree.path("out/report.jsonl")): cannot write"), "\(outcome.stderr)")
        #expect(
            String(decoding: try TempTree.read(tree.path("out/report.jsonl")), as: UTF8.self) == "previous report\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: tree.path("out")) == ["report.jsonl"])
    }

    @Test("a report written inside the scanned tree is not scanned, nor the report it replaces")
    func ownReportIsNotScanned() throws {
        let tree = try TempTree([
            "notes.txt": "Contact: jane.doe@northwind-mail.com\n",
            "report.json": "an earlier --reveal report: anna.berg@contoso.de\n",
        ])
        let result = try PIIScanProcess().run(
            ["scan", ".", "--jobs", "1", "--no-store", "-o", tree.path("report.json")], in: tree.root)
        #expect(result.status == 1, "\(result.stderr)")
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(try TempTree.read(tree.path("report.json")))) as? [String: Any])
        let summary = try #require(report["summary"] as? [String: Any])
        #expect(summary["files_scanned"] as? Int == 1)
        let findings = try #require(report["findings"] as? [[String: Any]])
        #expect(findings.count == 1)
        #expect(findings.allSatisfy { ($0["path"] as? String) == "notes.txt" }, "\(findings)")
    }

    @Test("'-o -' writes to standard output; '-o /dev/stdout' is refused as a link; '-o /dev/null' discards")
    func dashIsStandardOutput() throws {
        let tree = try TempTree(CLIFixture.smallTree)
        let process = try PIIScanProcess()
        let dash = try process.run(["scan", ".", "--jobs", "1", "--no-store", "-o", "-"], in: tree.root)
        #expect(dash.status == 1)
        #expect(try dash.jsonLines().count == 6)
        #expect(!FileManager.default.fileExists(atPath: tree.path("-")))
        let device = try process.run(["scan", ".", "--jobs", "1", "--no-store", "-o", "/dev/stdout"], in: tree.root)
        #expect(device.status == 3)
        #expect(device.stderr.contains("/dev/stdout: refused: the output is a symbolic link"), "\(device.stderr)")
        let null = try process.run(["scan", ".", "--jobs", "1", "--no-store", "-o", "/dev/null"], in: tree.root)
        #expect(null.status == 1, "\(null.stderr)")
        #expect(null.stdout.isEmpty && null.stderr.isEmpty)
    }

    @Test("draft -o onto its own --ropa file keeps that file's mode; a new draft is 0600")
    func draftInPlaceKeepsMode() throws {
        let workspace = try Workspace()
        let ropa = workspace.tree.path("ropa.yaml")
        try workspace.tree.setMode("ropa.yaml", 0o644)
        #expect(Self.mode(ropa) == 0o644)
        try workspace.tree.create("data/more.txt", "Backup contact: anna.berg@contoso.de\n")
        let inPlace = try workspace.run(["draft", "data", "--jobs", "1", "--ropa", ropa, "-o", ropa])
        #expect(inPlace.status == 0, "\(inPlace.stderr)")
        #expect(Self.mode(ropa) == 0o644)
        let fresh = try workspace.run(["draft", "data", "--jobs", "1", "--ropa", ropa, "-o", "out/copy.yaml"])
        #expect(fresh.status == 0, "\(fresh.stderr)")
        #expect(Self.mode(workspace.tree.path("out/copy.yaml")) == 0o600)
        #expect(try TempTree.read(workspace.tree.path("out/copy.yaml")) == TempTree.read(ropa))
    }

    private static func mode(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & 0o777 : 0xFFFF
    }
}
