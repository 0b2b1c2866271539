import Foundation

@testable import PIIScanKit

/// Inputs for the HTML report tests: a run with findings in a declared system and in discovered locations,
/// hostile names, raw values planted in `revealedValue`, violations, and a history of runs.
enum HTMLReportFixtures {
    /// Raw values planted in the findings' `revealedValue`: none may appear in a report.
    static let rawValues = ["planted.raw@secret-example.org", "4539 5260 1815 9083", "Zelda Quintessa Raw"]
    /// A string that would run a script if it reached the page unescaped.
    static let hostile = "<script>alert('pii')</script>"

    /// 2026-11-`day` 02:30 UTC.
    static func date(day: Int, hour: Int = 2) -> Date {
        Date(timeIntervalSince1970: 1_793_491_200 + Double(day - 1) * 86_400 + Double(hour) * 3_600 + 1_800)
    }

    static func file(
        _ path: String, line: Int = 1, type: String = "email", category: String = "user.contact.email",
        evidence: String = "p***@s***.org", confidence: Double = 0.9, raw: String? = rawValues[0],
        field: String? = nil
    ) -> Finding {
        Finding(
            type: type, category: category, detector: type, confidence: confidence, evidence: evidence,
            fingerprint: String(repeating: "ab", count: 32), source: .file,
            location: .file(
                FileLocation(
                    path: path, line: line, column: 3, start: line * 40, end: line * 40 + 20,
                    field: field)),
            revealedValue: raw)
    }

    static func column(
        store: String = "sqlite:db/app.db", table: String, column: String, type: String = "email",
        category: String = "user.contact.email", raw: String? = rawValues[0]
    ) -> Finding {
        Finding(
            type: type, category: category, detector: "column_name", confidence: 0.95, evidence: "p***@s***.org",
            fingerprint: String(repeating: "cd", count: 32), source: .sqlite,
            location: .column(
                ColumnLocation(
                    store: store, schema: "main", table: table, column: column, rowsSampled: 50, rowsMatched: 48)),
            revealedValue: raw)
    }

    /// A RoPA whose `crm` system claims `exports/**` and the `app.db` store.
    static let ropa = RoPADocument(
        organization: "Example Ltd",
        systems: [
            RoPASystem(
                id: "crm", name: "CRM <exports>", owner: "crm-team@example.com",
                locations: [.path("exports/**"), .store("sqlite:db/app.db", tables: [])])
        ])

    /// Findings in the declared `crm` system, in a discovered `hr` directory (one in a special category), and
    /// with hostile path and column names.
    static let findings: [Finding] = [
        file("exports/customers.csv", line: 2, field: "email"),
        file("exports/customers.csv", line: 3, field: "email"),
        file(
            "exports/cards.txt", line: 7, type: "credit_card", category: "user.financial.credit_card",
            evidence: "**** **** **** 9083", raw: rawValues[1]),
        file("hr/\(hostile).txt", line: 4, type: "name", category: "user.name", evidence: "Z****", raw: rawValues[2]),
        file(
            "hr/sick-notes.txt", line: 9, type: "health", category: "user.health_and_medical",
            evidence: "d******* ****", raw: "diabetes type 2"),
        column(table: "users", column: hostile),
        column(store: "sqlite:other/legacy.db", table: "t\(hostile)", column: "mail"),
    ]

    static let violations: [Violation] = [
        Violation(
            kind: .undeclaredCategory, severity: .high, system: "crm", owner: "crm-team@example.com",
            category: "user.financial.credit_card", locations: [.file(path: "exports/cards.txt")], count: 1,
            samples: ["**** **** **** 9083"], detail: "crm holds card numbers that no activity declares.",
            suggestion: "activities:\n  - id: payments\n    data_categories: [user.financial.credit_card]\n"
                + "    # \(hostile) </pre>"),
        Violation(
            kind: .shadowStore, severity: .medium, system: nil, owner: nil, category: "user.name",
            locations: [.file(path: "hr/\(hostile).txt")], count: 1, samples: ["Z****"],
            detail: "PII in a location no system claims.",
            suggestion: "systems:\n  - id: hr\n    locations:\n      - path: hr/**"),
    ]

    /// `count` runs on consecutive days, the last one `run-<count>`; run 3 (when there is one) is incomplete.
    static func trend(runs count: Int) -> [HTMLReportTrendPoint] {
        (1...count).map { index in
            HTMLReportTrendPoint(
                runID: "run-\(index)", startedAt: date(day: index), findings: 40 + (index * 37) % 23,
                violations: index % 4, complete: index != 3)
        }
    }

    static func run(id: String = "run-12", complete: Bool = true) -> HTMLReportRun {
        HTMLReportRun(
            id: id, startedAt: date(day: 12), endedAt: complete ? date(day: 12, hour: 3) : nil, complete: complete,
            targets: [".", "sqlite:db/app.db", "postgres://scanner:hunter2@db:5432/crm"],
            filesScanned: 1_234, bytesScanned: 56_789_012, filesCarriedOver: 1_000, tablesScanned: 17)
    }

    static func input(
        findings: [Finding] = findings, violations: [Violation]? = violations, trendRuns: Int = 12,
        complete: Bool = true
    ) throws -> HTMLReportInput {
        HTMLReportInput(
            title: "piiscan report", generatedAt: date(day: 12, hour: 4), run: run(complete: complete),
            findings: findings, violations: violations, ropa: ropa, taxonomy: try CatalogLoader.loadTaxonomy(),
            trend: trendRuns == 0 ? [] : trend(runs: trendRuns))
    }

    /// `count` findings spread over `directories` discovered top-level directories and two categories.
    static func many(_ count: Int, directories: Int) -> [Finding] {
        (0..<count).map { index in
            let category = index / directories % 2 == 0 ? "user.contact.email" : "user.contact.phone_number"
            return file("dir\(index % directories)/file\(index / 100).csv", line: index, category: category)
        }
    }

    /// How many times `needle` occurs in `text`.
    static func occurrences(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }
}
