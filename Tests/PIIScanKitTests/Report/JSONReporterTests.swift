import Foundation
import Testing

@testable import PIIScanKit

@Suite("JSON and JSON Lines reporters")
struct JSONReporterTests {
    @Test("jsonl writes each item's findings at once, in scan order, one decodable record per line, then the summary")
    func jsonLinesStreams() throws {
        let output = MemoryOutput()
        let reporter = JSONLinesReporter(context: ReportFixtures.context, output: output)
        let items = ReportFixtures.items()
        try reporter.add(items[0])
        #expect(output.text.split(separator: "\n").count == 1)
        #expect(output.flushes == 1)
        try reporter.add(items[1])
        try reporter.add(items[2])
        #expect(output.flushes == 2)
        try reporter.finish(summary: ReportFixtures.summary)
        let lines = output.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 6)
        #expect(lines.last == "")
        let decoded = try lines.dropLast(2).map { try JSONDecoder().decode(Finding.self, from: Data($0.utf8)) }
        #expect(decoded.map(\.fileLocation?.line) == [7, 3, 2, 2])
        #expect(lines[0].hasPrefix("{\"category\":\"user.financial.credit_card\",\"column\":5,\"confidence\":0.72,"))
        let last = try #require(try JSONSerialization.jsonObject(with: Data(lines[4].utf8)) as? [String: Any])
        #expect(Array(last.keys) == ["summary"])
        let summary = try #require(last["summary"] as? [String: Any])
        #expect(summary["failures"] as? Int == 1)
        #expect(
            summary["skipped_by_reason"] as? [String: Int] == ["binary": 1, "permission_denied": 1, "too_large": 1])
        #expect(summary["tool"] as? String == "piiscan")
    }

    @Test("the jsonl summary line of a scan with nothing skipped counts no failures")
    func jsonLinesCleanSummary() throws {
        let output = MemoryOutput()
        let reporter = JSONLinesReporter(context: ReportFixtures.context, output: output)
        try reporter.finish(summary: ScanSummary(targets: ["."], filesScanned: 2, bytesScanned: 10))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.text.utf8)) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["failures"] as? Int == 0)
        #expect(summary["skipped"] as? [Any] != nil && (summary["skipped"] as? [Any])?.isEmpty == true)
        #expect(summary["files_scanned"] as? Int == 2)
        #expect(output.text.hasSuffix("}\n") && output.text.split(separator: "\n").count == 1)
    }

    @Test("json streams findings in the order handed over, the order of JSON Lines, as one valid document")
    func jsonStreamsInArrivalOrder() throws {
        let text = try ReportFixtures.render(JSONReporter.self)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        let lines = try ReportFixtures.render(JSONLinesReporter.self).split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        let place = { (record: [String: Any]) in
            (record["path"] as? String ?? record["store"] as? String ?? "") + ":\(record["start"] ?? record["column"]!)"
        }
        #expect(findings.count == 6)
        #expect(findings.map(place) == lines.prefix(findings.count).map(place))
        #expect(text.hasPrefix(#"{"findings":[{"category":"#) && text.hasSuffix("}\n"))
        #expect(Array(object.keys).sorted() == ["findings", "summary"])
    }

    @Test("json summary carries the scan summary keys plus tool and version, with credentials stripped")
    func jsonSummary() throws {
        var summary = ReportFixtures.summary
        summary.cancelled = true
        let text = try ReportFixtures.render(JSONReporter.self, summary: summary)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let encoded = try #require(object["summary"] as? [String: Any])
        #expect(
            Set(encoded.keys)
                == [
                    "targets", "files_scanned", "bytes_scanned", "findings_by_type", "skipped", "duration_seconds",
                    "cancelled", "unreadable_targets", "tool", "version", "failures", "skipped_by_reason",
                ])
        #expect(encoded["tool"] as? String == "piiscan")
        #expect(encoded["version"] as? String == ReportFixtures.version)
        #expect(encoded["cancelled"] as? Bool == true)
        #expect(
            encoded["targets"] as? [String] == [".", "sqlite:data/app.db", "postgres://admin@db.example.com:5432/crm"])
        #expect(!text.contains("hunter2"))
        #expect(text.hasSuffix("}\n"))
    }
}
