import PIIScanTestSupport
import Testing

/// `--only`, `--disable` and `--locale` change which detectors run.
@Suite("Detector selection")
struct DetectorSelectionTests {
    private static let record: [String: TempTree.Entry] = [
        "record.txt":
            "Employee record\nSSN: 536-22-8411\nNI number: PN 46 05 12 A\nEmail: ray.ortiz@northwind-mail.com\n"
    ]

    @Test(
        "selection options change the detectors that report",
        arguments: [
            ([], ["us_ssn", "uk_nino", "email"]),
            (["--locale", "uk"], ["uk_nino", "email"]),
            (["--locale", "us"], ["us_ssn", "email"]),
            (["--locale", "UK,us"], ["us_ssn", "uk_nino", "email"]),
            (["--only", "email"], ["email"]),
            (["--only", "us_ssn", "--only", "uk_nino"], ["us_ssn", "uk_nino"]),
            (["--disable", "email"], ["us_ssn", "uk_nino"]),
            (["--disable", "email,us_ssn"], ["uk_nino"]),
            (["--only", "phone"], []),
        ])
    func selection(options: [String], detectors: [String]) throws {
        let tree = try TempTree(Self.record)
        let result = try PIIScanProcess().run(["scan", "record.txt", "--jobs", "1"] + options, in: tree.root)
        #expect(result.status == (detectors.isEmpty ? 0 : 1))
        #expect(try result.jsonLines().map { $0["detector"] as? String } == detectors)
    }

    @Test("--min-confidence 0 reports a low-confidence finding the default hides")
    func minConfidence() throws {
        let tree = try TempTree(CLIFixture.smallTree)
        let piiscan = try PIIScanProcess()
        let defaults = try piiscan.run(["scan", "sub/people.csv", "--jobs", "1"], in: tree.root)
        #expect(try defaults.jsonLines().map { $0["type"] as? String } == ["person_name", "email"])
        let all = try piiscan.run(["scan", "sub/people.csv", "--jobs", "1", "--min-confidence", "0"], in: tree.root)
        let records = try all.jsonLines()
        #expect(records.map { $0["type"] as? String } == ["person_name", "email", "phone"])
        #expect(records.last?["confidence"] as? Double == 0.4)
    }
}
