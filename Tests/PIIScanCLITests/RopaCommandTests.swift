import Foundation
import PIIScanTestSupport
import Testing

/// `piiscan ropa import|export|check` as users run them.
@Suite("ropa command")
struct RopaCommandTests {
    static let ropa = """
        version: 1
        organization: Example Ltd
        systems:
          - id: crm
            locations:
              - postgres://crm-db:5432/crm
              - path: exports/crm/**
        activities:
          - id: customer-support
            name: Customer support
            owner: support-lead@example.com
            role: controller
            purposes: [Answer customer tickets, "Send notices, by post"]
            legal_basis: contract
            data_subjects: [customers]
            data_categories: [user.contact, user.name]
            transfers: [{country: US, safeguard: SCCs}]
            retention: P2Y
            dpia: not_required
            systems: [crm]
            status: confirmed

        """

    private func text(_ path: String) throws -> String {
        String(decoding: try TempTree.read(path), as: UTF8.self)
    }

    @Test("export to CSV and import back gives the same CSV, and a valid RoPA")
    func roundTrip() throws {
        let tree = try TempTree(["ropa.yaml": Self.ropa])
        let process = try PIIScanProcess()
        let export = try process.run(["ropa", "export", "ropa.yaml", "-o", "ropa.csv"], in: tree.root)
        #expect(export.status == 0, "\(export.stderr)")
        let csv = try text(tree.path("ropa.csv"))
        #expect(csv.hasPrefix("Business function,Purpose of processing,"))
        #expect(csv.contains("\"Answer customer tickets\nSend notices, by post\""))
        let imported = try process.run(
            ["ropa", "import", "ropa.csv", "--organization", "Example Ltd", "-o", "back.yaml"], in: tree.root)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try process.run(["ropa", "check", "back.yaml"], in: tree.root).status == 0)
        let again = try process.run(["ropa", "export", "back.yaml", "--format", "csv"], in: tree.root)
        #expect(again.stdout == csv)
    }

    @Test("export as Markdown")
    func markdown() throws {
        let tree = try TempTree(["ropa.yaml": Self.ropa])
        let result = try PIIScanProcess().run(["ropa", "export", "--format", "markdown", "ropa.yaml"], in: tree.root)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("# Record of processing activities — Example Ltd\n"))
        #expect(result.stdout.contains("## Customer support (`customer-support`)"))
        #expect(result.stdout.contains("| Purpose of processing | Answer customer tickets<br>Send notices, by post |"))
    }

    @Test("an invalid RoPA exits 2 naming file, line and column")
    func invalidRoPA() throws {
        let bad = Self.ropa.replacingOccurrences(of: "retention: P2Y", with: "retention: two years")
        let tree = try TempTree(["ropa.yaml": bad])
        let result = try PIIScanProcess().run(["ropa", "check", "ropa.yaml"], in: tree.root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("ropa.yaml:18:16: activities[0].retention: 'two years' is not an ISO 8601"))
    }

    @Test("an unknown category in the CSV exits 2 naming row and column")
    func invalidCSV() throws {
        let csv = "Business function,Categories of personal data\r\nSales,Email address\r\nHR,Shoe size\r\n"
        let tree = try TempTree(["ropa.csv": csv])
        let result = try PIIScanProcess().run(["ropa", "import", "ropa.csv"], in: tree.root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("ropa.csv:3:2: Categories of personal data: 'Shoe size' is neither"))
    }
}
