import Foundation
import Testing

@testable import PIIScanKit

/// The hand-written JSON line must equal what `JSONEncoder` makes of the same finding, byte for byte.
@Suite struct FindingJSONLineTests {
    static let awkward = [
        "plain", "quote \" and \\ backslash", "tab\tnew\nline\rcr", "bell \u{07} nul \u{00} unit \u{1F}",
        "slash / kept", "ünïcödé ✓ 🚲", "\u{08}\u{0C}", "",
    ]

    static let findings: [Finding] = awkward.enumerated().flatMap { index, text in
        [
            Finding(
                type: "email", category: "user.contact.email", detector: "email",
                confidence: [0.9, 1, 0.555, 0][index % 4],
                evidence: text, fingerprint: "ab12", source: .file,
                location: .file(
                    FileLocation(
                        path: "dir/\(text).csv", line: index + 1, column: 3, start: 10, end: 20,
                        field: index.isMultiple(of: 2) ? "$.a[\(index)].\(text)" : nil,
                        place: index % 4 == 1 ? "\(text)!C7" : nil,
                        container: index.isMultiple(of: 3) ? [] : ["exports/\(text).zip", "inner \(text).tar"])),
                revealedValue: index.isMultiple(of: 3) ? text : nil),
            Finding(
                type: "phone", category: "user.contact.phone_number", detector: "phone_e164", confidence: 0.35,
                evidence: "+** " + text, fingerprint: "cd34", source: .postgres,
                location: .column(
                    ColumnLocation(
                        store: "postgres://db:5432/crm", schema: "public", table: text, column: "c",
                        rowsSampled: 1000, rowsMatched: 7, jsonPath: index.isMultiple(of: 2) ? "$.x" : nil,
                        sample: index.isMultiple(of: 3) ? nil : "rowid ranges ×32, seed \(index)",
                        valuesTruncated: index % 4)),
                revealedValue: index.isMultiple(of: 3) ? text : nil),
        ]
    }

    @Test(arguments: findings)
    func matchesJSONEncoder(_ finding: Finding) throws {
        let expected = try ReportJSON.line(finding, encoder: ReportJSON.encoder())
        var bytes = Array("prefix\n".utf8)
        FindingJSONLine.append(finding, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "prefix\n" + expected)
    }
}
