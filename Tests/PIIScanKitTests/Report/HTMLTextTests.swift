import Testing

@testable import PIIScanKit

/// Escaping and number formatting of the HTML report.
@Suite("HTML text")
struct HTMLTextTests {
    @Test func escapesMarkupAndQuotes() {
        #expect(
            HTMLText.escape(#"<a href="x" title='y'>&</a>"#)
                == "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;")
    }

    @Test func replacesControlCharactersAndKeepsOtherText() {
        #expect(HTMLText.escape("a\u{0}b\u{1B}[31mc\u{85}d\ne") == "a\u{FFFD}b\u{FFFD}[31mc\u{FFFD}d\u{FFFD}e")
        #expect(HTMLText.escape("x\u{202E}y\u{2066}z\u{200F}") == "x\u{FFFD}y\u{FFFD}z\u{FFFD}")
        #expect(HTMLText.escape("Müller £5 日本 — ‰") == "Müller £5 日本 — ‰")
    }

    @Test func preformattedKeepsNewlinesAndTabs() {
        #expect(HTMLText.preformatted("a:\n\t- <b>\r") == "a:\n\t- &lt;b&gt;\u{FFFD}")
    }

    @Test func groupsThousands() {
        #expect(
            [0, 999, 1_000, 123_456, 1_234_567, -4_200].map(HTMLText.count)
                == ["0", "999", "1,000", "123,456", "1,234,567", "-4,200"])
    }

    @Test func formatsDatesInUTC() {
        let date = HTMLReportFixtures.date(day: 23, hour: 15)
        #expect(HTMLText.isoDate(date) == "2026-11-23T15:30:00Z")
        #expect(HTMLText.displayDate(date) == "2026-11-23 15:30 UTC")
    }
}
