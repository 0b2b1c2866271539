import Foundation
import PIIScanTestSupport
import Testing

/// Column rules from the command line: a user pattern file adds one (and `patterns test` runs its examples),
/// `--disable` turns one off, and database findings carry the verdict's reason.
@Suite("Column rules from the command line")
struct ColumnRulesCLITests {
    /// A user rule: badge numbers are a unique id of an employee, the name alone suffices.
    static let badgeRule = """
        columns:
          - id: column_badge
            type: employee_badge
            category: user.unique_id
            evidence: name
            names: [badge_no, badge_number]
            examples:
              match: [BadgeNo, staff.badge_number]
              reject: [badge_no_count]

        """

    private static func database() throws -> SQLiteFixture {
        let fixture = try SQLiteFixture(name: "hr.db")
        try fixture.execute("CREATE TABLE staff (id INTEGER PRIMARY KEY, badge_no TEXT, phone TEXT, name TEXT)")
        try fixture.insert(
            into: "staff", columns: ["badge_no", "phone", "name"],
            rows: (1...30).map { ["B-\(1000 + $0)", "+44 20 7946 \(1000 + $0)", "Emma Johnson"] })
        fixture.finish()
        return fixture
    }

    private static func columns(_ result: PIIScanResult) throws -> [String: [String: Any]] {
        let lines = try result.jsonLines().filter { $0["table"] != nil }
        return Dictionary(lines.map { ($0["column"] as! String, $0) }, uniquingKeysWith: { first, _ in first })
    }

    @Test func aUserFileAddsAColumnRuleAndDisableTurnsOneOff() throws {
        let fixture = try Self.database()
        let tree = try TempTree(["patterns/badges.yaml": .text(Self.badgeRule)])
        let result = try PIIScanProcess().run([
            "scan", fixture.target, "--patterns", tree.path("patterns"), "--disable", "column_phone",
            "--format", "jsonl", "--fail-on", "none",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let columns = try Self.columns(result)
        #expect(columns["badge_no"]?["type"] as? String == "employee_badge")
        #expect(columns["badge_no"]?["detector"] as? String == "column_badge")
        #expect(columns["badge_no"]?["reason"] as? String == "name \"badge no\"")
        // The phone values are still found by the phone detectors, now without the name's support.
        #expect((columns["phone"]?["reason"] as? String)?.hasPrefix("100% of 30 values are phone") == true)
        #expect(columns["name"]?["type"] as? String == "person_name")
    }

    @Test func patternsTestRunsAUserFilesColumnExamples() throws {
        let tree = try TempTree([
            "good.yaml": .text(Self.badgeRule),
            "bad.yaml": .text(
                Self.badgeRule.replacingOccurrences(of: "reject: [badge_no_count]", with: "reject: [badge_no]")),
        ])
        let good = try PIIScanProcess().run(["patterns", "test", tree.path("good.yaml")])
        #expect(good.status == 0)
        #expect(good.stdout == "3 passed, 0 failed (0 detectors, 1 column rules)\n")
        let bad = try PIIScanProcess().run(["patterns", "test", tree.path("bad.yaml")])
        #expect(bad.status == 1)
        #expect(bad.stdout.contains("FAIL column_badge reject: badge_no"))
    }

    @Test func aMisspeltColumnRuleKeyIsAnErrorNamingItsLine() throws {
        let tree = try TempTree([
            "bad.yaml": .text(Self.badgeRule.replacingOccurrences(of: "evidence:", with: "evidense:"))
        ])
        let result = try PIIScanProcess().run(["patterns", "test", tree.path("bad.yaml")])
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad.yaml:5:5: columns[0].evidense: unknown key 'evidense'"), "\(result.stderr)")
    }
}
