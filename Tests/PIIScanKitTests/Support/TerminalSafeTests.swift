import PIIScanKit
import Testing

@Suite("Terminal-safe text")
struct TerminalSafeTests {
    @Test(
        "controls, DEL, C1 and bidirectional characters are shown as \\u{XX}",
        arguments: [
            ("a\u{1B}[31mb", #"a\u{1B}[31mb"#), ("cr\r", #"cr\u{0D}"#), ("bs\u{8}", #"bs\u{08}"#),
            ("nul\u{0}", #"nul\u{00}"#), ("lf\ntab\t", #"lf\u{0A}tab\u{09}"#), ("del\u{7F}", #"del\u{7F}"#),
            ("c1\u{80}\u{9B}\u{9F}", #"c1\u{80}\u{9B}\u{9F}"#), ("rlo\u{202E}txt", #"rlo\u{202E}txt"#),
            ("lre\u{202A}pdf\u{202C}", #"lre\u{202A}pdf\u{202C}"#),
            ("lri\u{2066}pdi\u{2069}", #"lri\u{2066}pdi\u{2069}"#),
            ("rlm\u{200F}alm\u{61C}ls\u{2028}", #"rlm\u{200F}alm\u{61C}ls\u{2028}"#),
        ])
    func escapes(input: String, shown: String) {
        #expect(TerminalSafe.escape(input) == shown)
    }

    @Test(
        "printable text is unchanged, other non-ASCII letters and symbols included",
        arguments: ["plain/path.csv", "Zoë Müller — 東京 ✓ \u{A0}\u{2030}\u{2070}", #"back\slash \u{1B}"#, ""])
    func unchanged(input: String) {
        #expect(TerminalSafe.escape(input) == input)
    }

    @Test("whole messages keep their line feeds and escape the rest")
    func keepsLineFeeds() {
        #expect(TerminalSafe.escapeKeepingLineFeeds("usage:\n  x\u{1B}\r\n") == "usage:\n  x\\u{1B}\\u{0D}\n")
    }

    @Test("every scalar of the unsafe ranges is escaped, and none next to them")
    func ranges() {
        let unsafe: [ClosedRange<UInt32>] = [
            0...0x1F, 0x7F...0x9F, 0x61C...0x61C, 0x200E...0x200F, 0x2028...0x202E, 0x2066...0x2069,
        ]
        for value in UInt32(0)...0x2100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = unsafe.contains { $0.contains(value) }
            #expect(TerminalSafe.isUnsafe(scalar) == expected, "U+\(String(value, radix: 16))")
            #expect(
                (TerminalSafe.escape(String(scalar)) != String(scalar)) == expected, "U+\(String(value, radix: 16))")
        }
    }
}
