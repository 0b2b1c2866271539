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

    @Test func writesTheSampleDocumentRoundTrip() throws {
        let text = RoPAYAMLWriter().document(RoPASamples.document)
        #expect(try load(text) == RoPASamples.document)
    }
}
