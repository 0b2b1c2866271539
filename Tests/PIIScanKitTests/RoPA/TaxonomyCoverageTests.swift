import BundledPatterns
import PIIScanKit
import Testing

/// Every category a detector or a column-name hint reports exists in the taxonomy, so a RoPA can declare it.
@Suite("Taxonomy coverage")
struct TaxonomyCoverageTests {
    /// The part of `columns.yaml` this test reads.
    private struct ColumnsFile: Decodable {
        var columns: [Entry]

        struct Entry: Decodable {
            var type: String
            var category: String
        }
    }

    @Test func everyDetectorCategoryIsInTheTaxonomy() throws {
        let catalog = try CatalogLoader.loadBundled()
        let taxonomy = try CatalogLoader.loadTaxonomy()
        let missing = catalog.detectors.filter { !taxonomy.contains($0.category) }.map(\.id)
        #expect(!catalog.detectors.isEmpty)
        #expect(missing.isEmpty, "detectors with unknown categories: \(missing)")
    }

    @Test func everyColumnHintCategoryIsInTheTaxonomy() throws {
        let taxonomy = try CatalogLoader.loadTaxonomy()
        let file = try YAMLFile(name: "columns.yaml", bytes: BundledPatterns.columns).decode(ColumnsFile.self)
        let missing = file.columns.filter { !taxonomy.contains($0.category) }.map(\.type)
        #expect(!file.columns.isEmpty)
        #expect(missing.isEmpty, "column hints with unknown categories: \(missing)")
    }

    @Test func everyParentOfATaxonomyKeyExists() throws {
        let taxonomy = try CatalogLoader.loadTaxonomy()
        for key in taxonomy.categories.keys where key.contains(".") {
            let parent = String(key[..<key.lastIndex(of: ".")!])
            #expect(taxonomy.contains(parent), "\(key) has no parent \(parent)")
        }
    }
}
