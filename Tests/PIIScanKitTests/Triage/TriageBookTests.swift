import Foundation
import Testing

@testable import PIIScanKit

/// Which decision holds for a finding or violation, and what it does to it.
@Suite("TriageBook")
struct TriageBookTests {
    static let fingerprint = String(repeating: "ab", count: 32)
    static let today = CalendarDay("2026-12-03")!

    static func decision(
        _ target: TriageTarget, _ verdict: TriageVerdict, at minute: Int, due: String? = nil
    ) -> TriageDecision {
        TriageDecision(
            target: target, verdict: verdict, reason: "checked", owner: "dpo@example.com",
            due: due.flatMap(CalendarDay.init), decidedBy: "alice",
            decidedAt: Date(timeIntervalSince1970: 1_800_000_000 + Double(minute * 60)))
    }

    static func fileFinding(_ path: String, container: [String] = []) -> Finding {
        Finding(
            type: "email", category: "user.contact.email", detector: "email", confidence: 0.9, evidence: "a***@b.org",
            fingerprint: fingerprint, source: .file,
            location: .file(FileLocation(path: path, line: 1, column: 1, start: 0, end: 9, container: container)))
    }

    static let columnFinding = Finding(
        type: "email", category: "user.contact.email", detector: "email_column", confidence: 0.9,
        evidence: "a***@b.org", fingerprint: String(repeating: "cd", count: 32), source: .sqlite,
        location: .column(
            ColumnLocation(
                store: "sqlite:app.db", schema: "main", table: "users", column: "email", rowsSampled: 10,
                rowsMatched: 10)))

    @Test func theLatestDecisionOnATargetHoldsAndAReopenOnAFindingBeatsAnEarlierGlob() {
        let book = TriageBook(
            [
                Self.decision(.path("exports/**"), .accepted, at: 1, due: "2027-01-31"),
                Self.decision(.fingerprint(Self.fingerprint), .reopened, at: 2),
                Self.decision(.path("logs/**"), .remediate, at: 3, due: "2027-02-01"),
                Self.decision(.path("logs/**"), .falsePositive, at: 4),
            ], today: Self.today)
        #expect(book.decision(for: Self.fileFinding("exports/a.csv")) == nil)
        #expect(book.decision(for: Self.fileFinding("logs/app.log"))?.verdict == .falsePositive)
        #expect(book.decisions.count == 3)
    }

    @Test func aGlobMatchesTheChainTheFileOnDiskOrItsDirectory() {
        let book = TriageBook([Self.decision(.path("exports/*.zip!*.csv"), .falsePositive, at: 1)], today: Self.today)
        #expect(book.decision(for: Self.fileFinding("a.csv", container: ["exports/2024.zip"])) != nil)
        #expect(book.decision(for: Self.fileFinding("a.txt", container: ["exports/2024.zip"])) == nil)
        let directory = TriageBook([Self.decision(.path("./exports"), .falsePositive, at: 1)], today: Self.today)
        #expect(directory.decision(for: Self.fileFinding("a.txt", container: ["exports/2024.zip"])) != nil)
        #expect(directory.decision(for: Self.fileFinding("other/a.txt")) == nil)
    }

    @Test func anAcceptedRiskExcusesUntilItsReviewDayThenFailsAgain() {
        let target = TriageTarget.fingerprint(Self.fingerprint)
        let current = TriageBook([Self.decision(target, .accepted, at: 1, due: "2026-12-03")], today: Self.today)
        let (kept, falsePositives) = current.apply([Self.fileFinding("a.txt")])
        #expect(falsePositives == 0 && kept.first?.triage?.excuses == true)
        #expect(kept.first?.triage?.summary == "accepted until 2026-12-03")
        let lapsed = TriageBook([Self.decision(target, .accepted, at: 1, due: "2026-12-02")], today: Self.today)
        let mark = lapsed.apply([Self.fileFinding("a.txt")]).kept.first?.triage
        #expect(mark?.excuses == false && mark?.overdue == true)
        #expect(lapsed.overdue.count == 1)
    }

    @Test func falsePositivesAreLeftOutAndCounted() {
        let book = TriageBook(
            [Self.decision(.column(store: nil, column: "main.users.email"), .falsePositive, at: 1)], today: Self.today)
        let (kept, falsePositives) = book.apply([Self.columnFinding, Self.fileFinding("a.txt")])
        #expect(falsePositives == 1 && kept.count == 1 && kept.first?.fileLocation?.path == "a.txt")
    }

    @Test func aColumnInOneStoreMatchesThatStoreOnly() {
        let here = TriageBook(
            [Self.decision(.column(store: "sqlite:./app.db", column: "main.users.email"), .remediate, at: 1)],
            today: Self.today)
        #expect(here.decision(for: Self.columnFinding)?.verdict == .remediate)
        let elsewhere = TriageBook(
            [Self.decision(.column(store: "sqlite:other.db", column: "main.users.email"), .remediate, at: 1)],
            today: Self.today)
        #expect(elsewhere.decision(for: Self.columnFinding) == nil)
    }

    @Test func aViolationDecisionIsNarrowedBySystemAndCategory() {
        let violation = Violation(
            kind: .undeclaredCategory, severity: .high, system: "crm", owner: nil, category: "user.contact.email",
            locations: [], count: 1, samples: [], detail: "d", suggestion: "s")
        let other = TriageBook(
            [Self.decision(.violation(kind: .undeclaredCategory, system: "hr", category: nil), .falsePositive, at: 1)],
            today: Self.today)
        #expect(other.apply([violation]).falsePositives == 0)
        let matching = TriageBook(
            [Self.decision(.violation(kind: .undeclaredCategory, system: "crm", category: nil), .falsePositive, at: 1)],
            today: Self.today)
        #expect(matching.apply([violation]).falsePositives == 1)
    }

    @Test func incompleteDecisionsSayWhatIsMissing() {
        var decision = Self.decision(.path("a"), .accepted, at: 1)
        #expect(decision.missing == "accepting a risk needs a reason and a review day")
        decision.due = CalendarDay("2027-01-01")
        #expect(decision.missing == nil)
        #expect(CalendarDay("2027-02-30") == nil && CalendarDay("2027-2-3") == nil)
        #expect(CalendarDay("2028-02-29")?.description == "2028-02-29")
    }
}
