import Foundation
import PIIScanTestSupport
import Testing

/// Names and texts from scanned data reach the terminal with their control and bidirectional characters
/// escaped (`\u{1B}`, `\u{202E}`…), on stdout and stderr alike.
@Suite("No terminal injection")
struct TerminalInjectionTests {
    /// ESC starting a colour sequence, a carriage return and a right-to-left override.
    static let evilFile = "a\u{1B}[31mb\rc\u{202E}d.txt"
    static let evilFileShown = #"a\u{1B}[31mb\u{0D}c\u{202E}d.txt"#

    /// Fails the test when `text` holds a raw control or bidirectional character (line feeds aside).
    static func expectClean(_ text: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let raw = text.unicodeScalars.filter { scalar in
            switch scalar.value {
            case 0x0A: false
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
            default: false
            }
        }
        #expect(
            raw.isEmpty, "\(what) holds raw \(raw.map { "U+" + String($0.value, radix: 16) })",
            sourceLocation: sourceLocation)
    }

    @Test("a file name with ESC, CR and U+202E is escaped in the text and Markdown reports")
    func fileName() throws {
        let tree = try TempTree([Self.evilFile: "Contact: jane.doe@northwind-mail.com\n"])
        let process = try PIIScanProcess()
        for format in ["text", "markdown"] {
            let result = try process.run(
                ["scan", ".", "--jobs", "1", "--no-store", "--format", format, "--color", "never"], in: tree.root)
            #expect(result.status == 1, "\(result.stderr)")
            Self.expectClean(result.stdout, "\(format) stdout")
            Self.expectClean(result.stderr, "\(format) stderr")
            #expect(result.stdout.contains(format == "text" ? Self.evilFileShown : #"d.txt"#))
            #expect(result.stdout.contains(#"\u{202E}"#))
        }
    }

    @Test("SQLite table and column names with controls are escaped")
    func databaseNames() throws {
        let fixture = try SQLiteFixture()
        let table = "t\u{1B}[2J"
        let column = "mail\u{9B}\u{2066}"
        try fixture.execute("CREATE TABLE \"\(table)\" (id INTEGER PRIMARY KEY, \"\(column)\" TEXT)")
        try fixture.insert(
            into: table, columns: [column],
            rows: (0..<20).map { ["customer\($0).name@northwind-mail.com"] })
        fixture.finish()
        let result = try PIIScanProcess().run(
            ["scan", fixture.target, "--no-store", "--format", "text", "--color", "never"])
        #expect(result.status == 1, "\(result.stderr)")
        Self.expectClean(result.stdout, "stdout")
        Self.expectClean(result.stderr, "stderr")
        #expect(result.stdout.contains(#"main.t\u{1B}[2J"#), "\(result.stdout)")
        #expect(result.stdout.contains(#"mail\u{9B}\u{2066}"#), "\(result.stdout)")
    }

    @Test("RoPA values with controls are escaped in violations, and RoPA errors on stderr")
    func ropaValues() throws {
        var entries = CLIFixture.smallTree
        entries["ropa.yaml"] = .text(
            ReconcileCLITests.ropa.replacingOccurrences(
                of: "owner: people@test.example", with: #"owner: "people\e[2J\u202E@test.example""#))
        entries["bad.yaml"] = .text(
            ReconcileCLITests.ropa.replacingOccurrences(of: "systems: [people]", with: #"systems: ["crm\e]0;x\a"]"#))
        let tree = try TempTree(entries)
        let process = try PIIScanProcess()
        let scan = try process.run(
            [
                "scan", ".", "--exclude", "*.yaml", "--ropa", "ropa.yaml", "--no-store", "--format", "text",
                "--color", "never",
            ],
            in: tree.root)
        #expect(scan.status == 1, "\(scan.stderr)")
        Self.expectClean(scan.stdout, "stdout")
        #expect(scan.stdout.contains(#"Owner: people\u{1B}[2J\u{202E}@test.example"#), "\(scan.stdout)")
        let bad = try process.run(["ropa", "check", "bad.yaml"], in: tree.root)
        #expect(bad.status == 2)
        Self.expectClean(bad.stderr, "stderr")
        #expect(bad.stderr.contains(#"crm\u{1B}]0;x\u{07}"#), "\(bad.stderr)")
    }

    @Test("error messages naming a target, an option value or a file escape their controls")
    func errorMessages() throws {
        let tree = try TempTree(["ok.txt": "nothing here\n", "r\u{1B}[1m.yaml": .text(ReconcileCLITests.ropa)])
        let process = try PIIScanProcess()
        let missing = try process.run(["scan", "gone\u{1B}]0;pwned\u{7}\u{202E}", "--no-store"], in: tree.root)
        #expect(missing.status == 3)
        Self.expectClean(missing.stderr, "missing target stderr")
        #expect(missing.stderr.contains(#"gone\u{1B}]0;pwned\u{07}\u{202E}"#), "\(missing.stderr)")
        let format = try process.run(["scan", ".", "--no-store", "--format", "x\u{1B}[31m\r"], in: tree.root)
        #expect(format.status == 2)
        Self.expectClean(format.stderr, "usage stderr")
        #expect(format.stderr.contains(#"x\u{1B}[31m\u{0D}"#), "\(format.stderr)")
        let check = try process.run(["ropa", "check", "r\u{1B}[1m.yaml"], in: tree.root)
        #expect(check.status == 0, "\(check.stderr)")
        Self.expectClean(check.stdout, "ropa check stdout")
        #expect(check.stdout.hasPrefix(#"r\u{1B}[1m.yaml: 1 system, 1 activity, 0 gaps"#), "\(check.stdout)")
    }

    @Test("the gate's text report escapes a migration file and table named with controls")
    func gateNames() throws {
        let tree = try TempTree()
        try FileManager.default.copyItem(atPath: GateSampleRepository.fixtures + "/sample", toPath: tree.path("g"))
        try tree.create(
            "g/db/migrations/V2__x\u{1B}[8m.sql",
            .text("CREATE TABLE \"t\u{1B}[2J\u{202E}\" (id INTEGER PRIMARY KEY, mobile_phone TEXT);\n"))
        let result = try PIIScanProcess().run(["gate", "--ropa", "ropa.yaml", "db/migrations"], in: tree.path("g"))
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        Self.expectClean(result.stdout, "stdout")
        Self.expectClean(result.stderr, "stderr")
        #expect(result.stdout.contains(#"V2__x\u{1B}[8m.sql:1:"#), "\(result.stdout)")
        #expect(result.stdout.contains(#""t\u{1B}[2J\u{202E}".mobile_phone"#), "\(result.stdout)")
    }
}
