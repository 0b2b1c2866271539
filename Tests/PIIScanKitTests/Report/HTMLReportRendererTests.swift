import Foundation
import PIIScanTestSupport
import Testing

@testable import PIIScanKit

/// The HTML report as text: sections, grouping, escaping, no raw values, no external resources, size limits.
@Suite("HTML report renderer")
struct HTMLReportRendererTests {
    @Test func hasEverySectionAndTheRunFacts() throws {
        let html = HTMLReportRenderer.render(try HTMLReportFixtures.input())
        for id in ["run", "inventory", "violations", "trend", "locations"] {
            #expect(html.contains("<section id=\"\(id)\""), "section \(id)")
        }
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.contains("<span class=\"mono\">run-12</span>"))
        #expect(html.contains("<time datetime=\"2026-11-12T02:30:00Z\">2026-11-12 02:30 UTC</time>"))
        #expect(html.contains("1,234 files, 54.2 MiB, 17 tables; 1,000 unchanged files carried over"))
        #expect(html.contains("<dd>7 (7 high)</dd>"))
        #expect(html.contains("<dd>2 (1 high, 1 medium)</dd>"))
        #expect(html.contains("<span class=\"badge status-complete\">complete</span>"))
        #expect(!html.contains("did not complete"))
    }

    @Test func anIncompleteRunSaysSo() throws {
        let html = HTMLReportRenderer.render(try HTMLReportFixtures.input(complete: false))
        #expect(html.contains("This run did not complete: its results are partial."))
        #expect(html.contains("<dt>Ended</dt><dd>not recorded</dd>"))
    }

    @Test func neverPrintsRevealedValuesOrCredentials() throws {
        let html = HTMLReportRenderer.render(try HTMLReportFixtures.input())
        for raw in HTMLReportFixtures.rawValues + ["diabetes type 2", "hunter2"] {
            #expect(!html.contains(raw), "\(raw) leaked")
        }
        #expect(html.contains("<code>postgres://scanner@db:5432/crm</code>"))
    }

    @Test func escapesEveryStringFromTheData() throws {
        let html = HTMLReportRenderer.render(try HTMLReportFixtures.input())
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("<exports>"))
        #expect(html.contains("hr/&lt;script&gt;alert(&#39;pii&#39;)&lt;/script&gt;.txt:4:3"))
        #expect(html.contains("sqlite:db/app.db main.users.&lt;script&gt;alert(&#39;pii&#39;)&lt;/script&gt;"))
        #expect(html.contains("CRM &lt;exports&gt;"))
        #expect(html.contains("# &lt;script&gt;alert(&#39;pii&#39;)&lt;/script&gt; &lt;/pre&gt;</pre>"))
    }

    @Test func loadsNothingFromOutsideTheFile() throws {
        let html = HTMLReportRenderer.render(try HTMLReportFixtures.input())
        #expect(
            html.contains(
                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
            ))
        for needle in ["http://", "https://", "src=", "<link", "<script", "url(", "@import", "<iframe", "<object"] {
            #expect(!html.contains(needle), "\(needle)")
        }
    }

    @Test func groupsTheInventoryBySystemAndCategory() throws {
        let input = try HTMLReportFixtures.input()
        let rows = HTMLInventory(findings: input.findings, ropa: input.ropa, roots: []).rows
        let summary = rows.map { "\($0.system.id)|\($0.system.declared)|\($0.category)|\($0.findings.count)" }
        #expect(
            summary == [
                "crm|true|user.contact.email|3", "crm|true|user.financial.credit_card|1",
                "hr|false|user.health_and_medical|1", "hr|false|user.name|1", "legacy|false|user.contact.email|1",
            ])
        #expect(rows[0].locationCount == 2)
        #expect(rows[0].findings.map(\.source) == [.file, .file, .sqlite])

        let html = HTMLReportRenderer.render(input)
        #expect(
            html.contains(
                "<td><code>user.health_and_medical</code></td><td>Health and medical data</td>"
                    + "<td><span class=\"badge special\">special</span></td>"))
        #expect(html.contains("<code>user.contact.email</code></td><td>Email address</td><td>no</td>"))
        #expect(html.contains("(not in the RoPA: hr)"))
        #expect(html.contains("(not in the RoPA: sqlite:other/legacy.db)"))
    }

    @Test func labelsUnknownCategoriesByTheirNearestAncestor() throws {
        let input = try HTMLReportFixtures.input(findings: [
            HTMLReportFixtures.file("a/b.txt", category: "user.contact.email.work"),
            HTMLReportFixtures.file("a/b.txt", category: "custom.thing"),
        ])
        let html = HTMLReportRenderer.render(input)
        #expect(html.contains("<td>Email address (work)</td>"))
        #expect(html.contains("<td>custom.thing</td>"))
    }

    @Test func listsViolationsByOwner() throws {
        let html = HTMLReportRenderer.render(try HTMLReportFixtures.input())
        let crm = try #require(html.range(of: "<h3 id=\"owner-0\">Owner: crm-team@example.com</h3>"))
        let none = try #require(html.range(of: "<h3 id=\"owner-1\">Owner: no owner named</h3>"))
        #expect(crm.upperBound < none.lowerBound)
        #expect(html.contains("System: <span class=\"mono\">unclaimed locations</span>"))
        #expect(html.contains("<code>undeclared_category</code></td><td><span class=\"badge severity-high\">"))
        #expect(html.contains("<pre>systems:\n  - id: hr\n    locations:\n      - path: hr/**</pre>"))
    }

    @Test func saysWhatIsMissingInsteadOfEmptySections() throws {
        let html = HTMLReportRenderer.render(try HTMLReportFixtures.input(findings: [], violations: nil, trendRuns: 0))
        #expect(HTMLReportFixtures.occurrences(of: "<p>No findings in this run.</p>", in: html) == 2)
        #expect(html.contains("This run was not checked against a RoPA"))
        #expect(html.contains("No run history was recorded."))
        #expect(html.contains("<dd>0</dd>"))
        #expect(!html.contains("<svg"))
        let agreed = HTMLReportRenderer.render(try HTMLReportFixtures.input(findings: [], violations: []))
        #expect(agreed.contains("None: the run agrees with the RoPA."))
    }

    @Test func capsTheDrillDownPerGroupAndInTotal() throws {
        let oneGroup = (0..<10_000).map { HTMLReportFixtures.file("big/f\($0 / 50).csv", line: $0 + 1) }
        let html = HTMLReportRenderer.render(try HTMLReportFixtures.input(findings: oneGroup))
        #expect(HTMLReportFixtures.occurrences(of: "<tr><td class=\"mono\">big/", in: html) == 100)
        #expect(html.contains("<p class=\"note\">and 9,900 more</p>"))
        #expect(html.contains("(10,000 findings in 200 locations)"))

        let spread = HTMLReportRenderer.render(
            try HTMLReportFixtures.input(findings: HTMLReportFixtures.many(10_000, directories: 200)))
        #expect(HTMLReportFixtures.occurrences(of: "<tr><td class=\"mono\">dir", in: spread) == 5_000)
        #expect(HTMLReportFixtures.occurrences(of: "<details id=\"group-", in: spread) == 400)
        #expect(spread.utf8.count < 2_000_000, "\(spread.utf8.count) bytes")
    }

    /// Measures the render time of 100,000 findings (printed); generous bound so a debug build passes.
    @Test func rendersAHundredThousandFindingsInSeconds() throws {
        let input = try HTMLReportFixtures.input(findings: HTMLReportFixtures.many(100_000, directories: 50))
        let clock = ContinuousClock()
        var html = ""
        let elapsed = clock.measure { html = HTMLReportRenderer.render(input) }
        print("HTML report: 100,000 findings rendered in \(elapsed), \(html.utf8.count) bytes")
        #expect(elapsed < .seconds(20))
        #expect(HTMLReportFixtures.occurrences(of: "(1,000 findings in ", in: html) == 100)
    }

    /// The renderer must not even read the field that holds raw values.
    @Test func rendererSourcesNeverReadRevealedValue() throws {
        let folder = ArchitectureTests.root.path + "/Sources/PIIScanKit/Report/HTML"
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".swift") }
        #expect(files.count >= 8)
        for file in files {
            let text = String(decoding: try TempTree.read(folder + "/" + file), as: UTF8.self)
            let code = text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
            #expect(!code.contains { $0.contains("revealedValue") }, "\(file) reads revealedValue")
        }
    }
}
