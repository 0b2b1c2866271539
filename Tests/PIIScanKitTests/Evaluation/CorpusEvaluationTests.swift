import PIIScanTestSupport
import Testing

/// Scoring rules of `EvaluationTable`: overlap with the same type in the same file, each label matched once.
@Suite struct CorpusEvaluationTests {
    private let planted = [
        PlantedValue(path: "a.log", start: 10, end: 20, type: "email"),
        PlantedValue(path: "a.log", start: 30, end: 41, type: "us_ssn"),
        PlantedValue(path: "b.csv", start: 5, end: 21, type: "credit_card"),
        PlantedValue(path: "b.csv", start: 50, end: 60, type: "email"),
    ]
    private let negatives = [PlantedValue(path: "b.csv", start: 70, end: 86, type: "test_card")]

    @Test func countsTruePositivesFalsePositivesAndMisses() {
        let reported = [
            ReportedSpan(path: "a.log", start: 12, end: 20, type: "email"),
            ReportedSpan(path: "a.log", start: 10, end: 20, type: "email"),
            ReportedSpan(path: "a.log", start: 30, end: 41, type: "phone"),
            ReportedSpan(path: "b.csv", start: 5, end: 21, type: "credit_card"),
            ReportedSpan(path: "b.csv", start: 70, end: 86, type: "credit_card"),
            ReportedSpan(path: "a.log", start: 50, end: 60, type: "email"),
        ]
        let table = EvaluationTable(planted: planted, negatives: negatives, reported: reported)
        let email = table.row("email")!
        #expect((email.planted, email.reported, email.truePositives) == (2, 3, 1))
        #expect((email.falsePositives, email.falseNegatives) == (2, 1))
        let card = table.row("credit_card")!
        #expect((card.planted, card.reported, card.truePositives) == (1, 2, 1))
        #expect(card.precision == 0.5)
        #expect(table.row("us_ssn")!.recall == 0)
        #expect(table.row("phone")!.precision == 0)
        #expect((table.overall.planted, table.overall.reported, table.overall.truePositives) == (4, 6, 2))
        #expect(abs(table.overall.f1 - 0.4) < 1e-9)
        #expect(table.negativeHits.map(\.kind) == ["test_card"])
        #expect(table.negativeHits.map(\.count) == [1])
    }

    @Test func perfectReportScoresOne() {
        let reported = planted.map { ReportedSpan(path: $0.path, start: $0.start, end: $0.end, type: $0.type) }
        let table = EvaluationTable(planted: planted, reported: reported)
        #expect(table.overall.f1 == 1)
        #expect(table.rows.map(\.type) == ["credit_card", "email", "us_ssn"])
    }

    @Test func adjacentSpansDoNotOverlap() {
        let reported = [ReportedSpan(path: "a.log", start: 20, end: 30, type: "email")]
        let table = EvaluationTable(planted: planted, reported: reported)
        #expect(table.row("email")!.truePositives == 0)
    }

    @Test func rendersFixedWidthRows() {
        let reported = [ReportedSpan(path: "a.log", start: 10, end: 20, type: "email")]
        let lines = EvaluationTable(planted: planted, reported: reported).rendered().split(separator: "\n")
        #expect(lines[0] == "type                  planted reported     TP     FP     FN  precision  recall     F1")
        #expect(lines[2] == "credit_card                 1        0      0      0      1      0.000   0.000  0.000")
        #expect(lines[3] == "email                       2        1      1      0      1      1.000   0.500  0.667")
        #expect(lines.last == "overall (micro)             4        1      1      0      3      1.000   0.250  0.400")
        #expect(Set(lines.map(\.count)) == [lines[0].count])
    }
}
