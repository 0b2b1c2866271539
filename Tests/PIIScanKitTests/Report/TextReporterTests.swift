import Testing

@testable import PIIScanKit

@Suite("Text reporter")
struct TextReporterTests {
    @Test("no ANSI escapes without colour; escapes around headers, types and confidences with it")
    func colour() throws {
        let plain = try ReportFixtures.render(TextReporter.self)
        #expect(!plain.contains("\u{1B}"))
        var context = ReportFixtures.context
        context.useColor = true
        let coloured = try ReportFixtures.render(TextReporter.self, context: context)
        #expect(coloured.contains("\u{1B}[1mcustomers.csv\u{1B}[0m\n"))
        #expect(coloured.contains("\u{1B}[31m0.95\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[33m0.72\u{1B}[0m"))
    }

    @Test("a cancelled scan says so, and lists skipped items with reasons")
    func cancelled() throws {
        var summary = ReportFixtures.summary
        summary.cancelled = true
        summary.findingsByType = [:]
        summary.unreadableTargets = ["postgres://u:hunter2@db/x: connection refused"]
        let text = try ReportFixtures.render(TextReporter.self, items: [], summary: summary)
        #expect(text.contains("  Unreadable targets: 1\n    postgres://u@db/x: connection refused\n"))
        #expect(text.hasSuffix("  Scan cancelled: the results are partial.\n"))
        #expect(text.contains("    secret/keys.txt (permission_denied: Permission denied)\n"))
        #expect(text.contains("  Findings: none\n"))
        #expect(text.hasPrefix("Summary\n"))
    }

    @Test("items not read are all listed first; only the first five deliberate skips are")
    func skippedList() throws {
        let summary = ScanSummary(
            skipped: (1...8).map { SkippedItem(item: "file\($0).bin", reason: $0 == 8 ? .vanished : .binary) })
        let text = try ReportFixtures.render(TextReporter.self, items: [], summary: summary)
        #expect(
            text.contains(
                "  Skipped: 8 (1 not read: the scan is incomplete)\n    binary    7\n    vanished  1  (failure)\n"
                    + "  Not read:\n    file8.bin (vanished)\n  First skipped items:\n"))
        #expect(text.contains("file5.bin"))
        #expect(!text.contains("file6.bin"))
    }

    @Test("control and bidi characters in paths and values are shown escaped")
    func escaped() throws {
        var finding = ReportFixtures.items()[0][0]
        finding.location = .file(
            FileLocation(path: "evil\u{1B}[2J\r\u{202E}.txt", line: 1, column: 1, start: 0, end: 3))
        finding.revealedValue = "x\u{7}y\u{9B}z"
        let text = try ReportFixtures.render(TextReporter.self, items: [[finding]])
        #expect(!text.unicodeScalars.contains { $0 != "\n" && TerminalSafe.isUnsafe($0) })
        #expect(text.hasPrefix(#"evil\u{1B}[2J\u{0D}\u{202E}.txt"# + "\n"))
        #expect(text.contains(#"  value: x\u{07}y\u{9B}z"# + "\n"))
    }

    @Test(
        "byte counts and decimals are formatted without locale",
        arguments: [
            (0, "0 bytes"), (1, "1 byte"), (1023, "1023 bytes"), (1024, "1.0 KiB"), (123_456, "120.6 KiB"),
            (5 * 1024 * 1024 + 1, "5.0 MiB"), (3 << 30, "3.0 GiB"),
        ])
    func byteCounts(bytes: Int, expected: String) {
        #expect(TerminalStyle.byteCount(bytes) == expected)
    }

    @Test("decimals", arguments: [(0.0, "0.00"), (0.951, "0.95"), (0.6, "0.60"), (1.0, "1.00"), (12.345, "12.35")])
    func decimals(value: Double, expected: String) {
        #expect(TerminalStyle.decimal2(value) == expected)
    }
}
