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

    @Test("check: a complete RoPA exits 0")
    func checkClean() throws {
        let tree = try TempTree(["ropa.yaml": Self.ropa])
        let result = try PIIScanProcess().run(["ropa", "check", "ropa.yaml"], in: tree.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "ropa.yaml: 1 system, 1 activity, 0 gaps\n")
    }

    @Test("check: gaps load, are listed with their fix and exit 1 (or 0 below --fail-on)")
    func checkGaps() throws {
        let gappy = Self.ropa.replacingOccurrences(
            of: "data_categories: [user.contact, user.name]",
            with: "data_categories: [user.contact, user.health_and_medical]"
        )
        .replacingOccurrences(of: "    retention: P2Y\n", with: "")
        let tree = try TempTree(["ropa.yaml": gappy])
        let process = try PIIScanProcess()
        let result = try process.run(["ropa", "check", "ropa.yaml"], in: tree.root)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.hasPrefix("ropa.yaml: 1 system, 1 activity, 2 gaps (1 high, 1 medium)\n"))
        #expect(
            result.stdout.contains(
                "ropa.yaml: high: special_category_without_condition: activity 'customer-support' declares "
                    + "special-category data (user.health_and_medical, GDPR Art. 9/10) without a "
                    + "special_category_condition (owner: support-lead@example.com)\n    activities:\n"
                    + "      - id: customer-support\n        special_category_condition: <condition>"))
        #expect(
            result.stdout.contains(
                "ropa.yaml: medium: incomplete_declaration: confirmed activity 'customer-support' has no 'retention'"))
        let lenient = try process.run(["ropa", "check", "ropa.yaml", "--fail-on", "high"], in: tree.root)
        #expect(lenient.status == 1)
        let none = try process.run(["ropa", "check", "ropa.yaml", "--fail-on", "none"], in: tree.root)
        #expect(none.status == 0)
    }

    @Test("check: every error of the file is listed with file:line:column, exit 2")
    func checkErrors() throws {
        let bad = Self.ropa.replacingOccurrences(of: "    name: Customer support", with: "    nmae: Customer support")
            .replacingOccurrences(of: "user.contact, user.name]", with: "user.contact, user.nmae]")
            .replacingOccurrences(of: "systems: [crm]", with: "systems: [crn]")
        let tree = try TempTree(["ropa.yaml": bad])
        let result = try PIIScanProcess().run(["ropa", "check", "ropa.yaml"], in: tree.root)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 4, "\(result.stderr)")
        #expect(
            lines.first?.hasPrefix("piiscan: error: ropa.yaml:10:5: activities[0].nmae: unknown key 'nmae'") == true)
        #expect(
            lines.dropFirst().first
                == "piiscan: error: ropa.yaml:16:37: activities[0].data_categories[1]: unknown data category "
                + "'user.nmae' (did you mean 'user.name'?)")
        #expect(
            lines.dropFirst(2).first
                == "piiscan: error: ropa.yaml:20:15: activities[0].systems[0]: unknown system 'crn' (did you mean 'crm'?)"
        )
        #expect(lines.last == "piiscan: 3 errors")
    }

    @Test("check: a free-text retention is a warning, not an error")
    func checkFreeTextRetention() throws {
        let text = Self.ropa.replacingOccurrences(
            of: "retention: P2Y", with: "retention: two years after the last ticket")
        let tree = try TempTree(["ropa.yaml": text])
        let result = try PIIScanProcess().run(["ropa", "check", "ropa.yaml"], in: tree.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stderr
                == "piiscan: warning: ropa.yaml:18:16: activities[0].retention: 'two years after the last ticket' is "
                + "not an ISO 8601 duration (e.g. P6Y, P18M, P90D): kept as text, and files are not checked against it\n"
        )
    }

    @Test("import keeps a free-text retention with a warning; the YAML written loads and checks")
    func importFreeTextRetention() throws {
        let csv =
            "Activity ID,Owner,Purpose of processing,Article 6 lawful basis,Retention schedule (if possible),"
            + "Location of personal data,Status\r\n"
            + "payroll,hr@example.com,Pay staff,Legal obligation,6 years after employment ends,hr: hr/**,Confirmed\r\n"
        let tree = try TempTree(["ropa.csv": csv])
        let process = try PIIScanProcess()
        let imported = try process.run(
            ["ropa", "import", "ropa.csv", "--organization", "X", "-o", "ropa.yaml"], in: tree.root)
        #expect(imported.status == 0)
        #expect(
            imported.stderr
                == "piiscan: warning: ropa.csv:2:5: Retention schedule (if possible): '6 years after employment ends' "
                + "is not an ISO 8601 duration (e.g. P6Y, P18M, P90D): kept as text, and files are not checked against it\n"
        )
        #expect(try text(tree.path("ropa.yaml")).contains("    retention: \"6 years after employment ends\"\n"))
        let check = try process.run(["ropa", "check", "ropa.yaml"], in: tree.root)
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stderr.contains("kept as text"))
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
