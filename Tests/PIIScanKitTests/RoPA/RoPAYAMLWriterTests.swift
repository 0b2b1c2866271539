import PIIScanKit
import Testing

/// The YAML writer: what it writes loads back as the same document, in a stable form.
@Suite("RoPAYAMLWriter")
struct RoPAYAMLWriterTests {
    private func load(_ text: String) throws -> RoPADocument {
        try RoPALoader.load(name: "ropa.yaml", bytes: Array(text.utf8), taxonomy: CatalogLoader.loadTaxonomy())
    }

    @Test func writtenDocumentLoadsBackUnchanged() throws {
        let original = try load(RoPASamples.valid)
        let text = RoPAYAMLWriter().document(original)
        #expect(try load(text) == original)
        #expect(RoPAYAMLWriter().document(try load(text)) == text)
    }

    @Test func awkwardStringsSurviveQuoting() throws {
        let awkward = [
            "yes", "null", "~", "1", "-1", "2024-01-01", ".5", "a: b", "a #b", "#x", "*.csv", "**/x", "- x", "[x]",
            "{x}", "'x'", "\"x\"", "line\nbreak", "tab\there", " lead", "trail ", "ends:", "@x", "%x", "!x", "&x",
            "|x", ">x", "?x", ",x", "`x", "ü ß 日本",
        ]
        var document = RoPADocument(organization: "Q")
        document.activities = [RoPAActivity(id: "a", purposes: awkward)]
        document.systems = [RoPASystem(id: "s", locations: awkward.map { .path($0) })]
        #expect(try load(RoPAYAMLWriter().document(document)) == document)
    }

    @Test("control and bidirectional characters are written escaped and load back unchanged")
    func controlsAreEscaped() throws {
        let names = ["esc\u{1B}[31m", "cr\r", "nel\u{85}csi\u{9B}", "rlo\u{202E}txt", "lri\u{2066}x\u{2069}"]
        var document = RoPADocument(organization: "Q\u{202E}")
        document.systems = [RoPASystem(id: "s", locations: names.map { .path($0) })]
        let text = RoPAYAMLWriter().document(document)
        #expect(!text.unicodeScalars.contains { $0 != "\n" && TerminalSafe.isUnsafe($0) })
        #expect(text.contains(#""rlo\u202Etxt""#) && text.contains(#""nel\u0085csi\u009B""#))
        #expect(try load(text) == document)
    }

    @Test func writesTheSampleDocumentRoundTrip() throws {
        let text = RoPAYAMLWriter().document(RoPASamples.document)
        #expect(try load(text) == RoPASamples.document)
    }
}
