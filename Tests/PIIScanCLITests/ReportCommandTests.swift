import Foundation
import PIIScanTestSupport
import Testing

/// `piiscan report --html` through the real binary, reading runs from a real store.
@Suite("ReportCommand")
struct ReportCommandTests {
    static let ropa = """
        version: 1
        organization: Contoso
        systems:
          - id: crm
            name: CRM exports
            owner: crm-team@contoso.org
            locations:
              - path: "crm/**"
        activities:
          - id: billing
            purposes: [Invoicing]
            legal_basis: contract
            data_categories: [user.name]
            systems: [crm]
        """

    @Test("the latest run by default, a chosen run with --run; owner-only, masked, one trend point per run")
    func writesTheChosenRun() throws {
        let tree = try TempTree(["data/crm/a.txt": "mail ann.smith@contoso.org\n", "ropa.yaml": Self.ropa])
        let piiscan = try PIIScanProcess()
        _ = try piiscan.run(["scan", "data", "--ropa", "ropa.yaml", "--fail-on", "none"], in: tree.root)
        try tree.create("data/crm/b.txt", .text("call bob.jones@fabrikam.io\n"))
        _ = try piiscan.run(["scan", "data", "--ropa", "ropa.yaml", "--fail-on", "none"], in: tree.root)

        let latest = try piiscan.run(["report", "--html", "latest.html", "--ropa", "ropa.yaml"], in: tree.root)
        #expect(latest.status == 0, "\(latest.stderr)")
        let html = String(decoding: try TempTree.read(tree.path("latest.html")), as: UTF8.self)
        #expect(html.components(separatedBy: "<circle class=\"point findings").count - 1 == 2)
        #expect(html.contains("CRM exports") && html.contains("crm-team@contoso.org"))
        #expect(!html.contains("ann.smith@contoso.org") && !html.contains("bob.jones@fabrikam.io"))
        var info = stat()
        #expect(stat(tree.path("latest.html"), &info) == 0 && info.st_mode & 0o777 == 0o600)

        let first = try piiscan.run(["report", "--html", "first.html", "--run", "1"], in: tree.root)
        #expect(first.status == 0, "\(first.stderr)")
        let firstHTML = String(decoding: try TempTree.read(tree.path("first.html")), as: UTF8.self)
        #expect(firstHTML.components(separatedBy: "<circle class=\"point findings").count - 1 == 1)
        #expect(firstHTML.contains("b.txt") == false && firstHTML.contains("a.txt"))
    }

    @Test("no store, an unknown run and an unwritable file are clear errors with their exit codes")
    func errors() throws {
        let tree = try TempTree(["a.txt": "mail ann.smith@contoso.org\n"])
        let piiscan = try PIIScanProcess()
        let empty = try piiscan.run(["report", "--html", "r.html"], in: tree.root)
        #expect(empty.status == 2 && empty.stderr.contains("no runs recorded yet"), "\(empty.stderr)")
        _ = try piiscan.run(["scan", "."], in: tree.root)
        let unknown = try piiscan.run(["report", "--html", "r.html", "--run", "9"], in: tree.root)
        #expect(unknown.status == 2 && unknown.stderr.contains("no run 9"), "\(unknown.stderr)")
        let unwritable = try piiscan.run(["report", "--html", "/nonexistent-dir/r.html"], in: tree.root)
        #expect(
            unwritable.status == 3 && unwritable.stderr.contains("cannot write the output: /nonexistent-dir/r.html"))
        #expect(try piiscan.run(["report"], in: tree.root).status == 2)
    }
}
