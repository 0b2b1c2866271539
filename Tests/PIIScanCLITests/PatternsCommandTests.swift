import Foundation
import PIIScanTestSupport
import Testing

/// `piiscan patterns list` and `piiscan patterns test`.
@Suite("patterns command")
struct PatternsCommandTests {
    /// A valid pattern file whose examples all pass.
    static let goodFile = """
        detectors:
          - id: employee_id
            type: employee_id
            category: user.government_id
            pattern: 'EMP-[0-9]{6}'
            trigger: {upper: {min: 9, separators: "-"}, before: 0}
            max_length: 10
            confidence: 0.8
            examples:
              match:
                - 'badge «EMP-123456» issued'
              reject:
                - 'EMP-12 is too short'

        """

    /// Every detector id declared in the bundled `Patterns/*.yaml` files, read from the files themselves.
    static func bundledDetectorIDs() throws -> [String] {
        let directory = PIIScanProcess.packageRoot + "/Patterns"
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".yaml") }
        return try files.flatMap { file in
            String(decoding: try TempTree.read(directory + "/" + file), as: UTF8.self)
                .split(separator: "\n")
                .filter { $0.hasPrefix("  - id: ") }
                .map { String($0.dropFirst("  - id: ".count)).trimmingCharacters(in: .whitespaces) }
        }
    }

    @Test("patterns list shows every bundled detector and column rule")
    func listShowsEveryDetector() throws {
        let expected = try Self.bundledDetectorIDs()
        #expect(expected.count >= 30)
        let result = try PIIScanProcess().run(["patterns", "list"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("ID ") == true)
        let rules = expected.filter { $0.hasPrefix("column_") }.count
        #expect(rules >= 20)
        #expect(lines.last == "\(expected.count - rules) detectors, \(rules) column rules")
        let listed = lines.dropFirst().dropLast().map { String($0.prefix { $0 != " " }) }
        #expect(listed.sorted() == expected.sorted())
    }

    @Test("patterns list --json lists the same detectors")
    func listJSON() throws {
        let result = try PIIScanProcess().run(["patterns", "list", "--json"])
        #expect(result.status == 0)
        let detectors = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(detectors.compactMap { $0["id"] as? String }.sorted() == (try Self.bundledDetectorIDs()).sorted())
    }

    @Test("patterns list --only narrows the list")
    func listOnly() throws {
        let result = try PIIScanProcess().run(["patterns", "list", "--only", "email"])
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("\n1 detectors, 1 column rules\n"))
    }

    @Test("patterns test passes on a good file")
    func testGoodFile() throws {
        let tree = try TempTree(["good.yaml": .text(Self.goodFile)])
        let result = try PIIScanProcess().run(["patterns", "test", tree.path("good.yaml")])
        #expect(result.status == 0)
        #expect(result.stdout == "2 passed, 0 failed (1 detectors)\n")
    }

    @Test("patterns test passes on every bundled pattern file")
    func testBundledFiles() throws {
        let directory = PIIScanProcess.packageRoot + "/Patterns"
        let files = try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { $0.hasSuffix(".yaml") && $0 != "taxonomy.yaml" && $0 != "columns.yaml" && $0 != "names.yaml" }
        #expect(!files.isEmpty)
        let result = try PIIScanProcess().run(["patterns", "test"] + files.sorted().map { directory + "/" + $0 })
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains(" passed, 0 failed ("))
    }

    @Test("patterns test reports a failing example and exits 1")
    func testFailingExample() throws {
        let failing = Self.goodFile.replacingOccurrences(of: "EMP-12 is too short", with: "EMP-654321 looks real")
        let tree = try TempTree(["failing.yaml": .text(failing)])
        let result = try PIIScanProcess().run(["patterns", "test", tree.path("failing.yaml")])
        #expect(result.status == 1)
        #expect(
            result.stdout == """
                FAIL employee_id reject: EMP-654321 looks real
                     expected no match, found 0..<10
                1 passed, 1 failed (1 detectors)

                """)
    }

    @Test("patterns test on an invalid file exits 2 naming the file, line and field")
    func testInvalidFile() throws {
        let invalid = Self.goodFile.replacingOccurrences(of: "    pattern: 'EMP-[0-9]{6}'\n", with: "")
        let tree = try TempTree(["invalid.yaml": .text(invalid)])
        let result = try PIIScanProcess().run(["patterns", "test", tree.path("invalid.yaml")])
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "piiscan: error: \(tree.path("invalid.yaml")):2:5: detectors[0]: missing required key 'pattern'\n")
    }

    @Test("a --patterns directory adds its detectors to a scan")
    func scanWithUserPatterns() throws {
        let tree = try TempTree([
            "patterns/employee.yaml": .text(Self.goodFile), "data/x.txt": "badge EMP-123456 here\n",
        ])
        let result = try PIIScanProcess().run(
            ["scan", "data", "--patterns", "patterns", "--jobs", "1"], in: tree.root)
        #expect(result.status == 1)
        let findings = try result.jsonLines()
        #expect(findings.map { $0["detector"] as? String } == ["employee_id"])
        #expect(findings.first?["evidence"] as? String == "E********6")
    }
}
