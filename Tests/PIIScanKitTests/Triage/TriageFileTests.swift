import Foundation
import Testing

@testable import PIIScanKit

/// The triage file: what `export` writes reads back the same, and every error of a file is listed at its line.
@Suite("TriageFile")
struct TriageFileTests {
    @Test func decisionsRoundTrip() throws {
        let decisions = [
            TriageBookTests.decision(.fingerprint(TriageBookTests.fingerprint), .accepted, at: 1, due: "2027-03-31"),
            TriageBookTests.decision(
                .column(store: "postgres://db:5432/crm", column: "public.users.ssn"), .remediate, at: 2,
                due: "2027-01-15"),
            TriageBookTests.decision(.path("exports/**: odd # name"), .falsePositive, at: 3),
            TriageBookTests.decision(.violation(kind: .outOfScope, system: "crm", category: nil), .reopened, at: 4),
        ]
        let yaml = TriageFile.yaml(decisions)
        #expect(yaml.contains("    review_by: 2027-03-31\n") && yaml.contains("    due: 2027-01-15\n"))
        #expect(try TriageFile.read(name: "t.yaml", bytes: Array(yaml.utf8)) == decisions)
        #expect(try TriageFile.read(name: "t.yaml", bytes: Array(TriageFile.yaml([]).utf8)).isEmpty)
    }

    @Test func everyErrorIsListedWithItsLine() {
        let text = """
            version: 1
            decisions:
              - fingerprint: 12ab
                verdict: false_positive
                reason: test data
                decided_by: alice
                decided_at: 2026-12-03T21:00:00.000Z
              - path: exports/**
                verdict: remediate
                review_by: 2027-01-01
                decided_by: alice
                decided_at: 2026-12-03T21:00:00.000Z
              - path: a
                column: b
                verdict: maybe
                colour: red

            """
        #expect(throws: ConfigFileErrors.self) { try TriageFile.read(name: "t.yaml", bytes: Array(text.utf8)) }
        do {
            _ = try TriageFile.read(name: "t.yaml", bytes: Array(text.utf8))
        } catch {
            let lines = error.errors.map(\.description)
            #expect(lines.count == 4, "\(lines)")
            #expect(lines.contains { $0.hasPrefix("t.yaml:3:") && $0.contains("64 hex digits") })
            #expect(
                lines.contains { $0.hasPrefix("t.yaml:10:") && $0.contains("'review_by' does not go with remediate") })
            #expect(lines.contains { $0.hasPrefix("t.yaml:13:") && $0.contains("exactly one of") })
            #expect(lines.contains { $0.hasPrefix("t.yaml:16:") && $0.contains("colour") })
        }
    }
}
