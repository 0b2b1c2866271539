import PIIScanKit
import Testing

/// Every bundled detector's `examples` (match and reject) run through the real engine, one case per detector.
@Suite("Pattern examples")
struct PatternExampleTests {
    static let catalog = try! CatalogLoader.loadBundled()

    @Test("examples of", arguments: catalog.detectors.map(\.id))
    func examplesBehaveAsDeclared(detectorID: String) throws {
        let detector = try #require(Self.catalog.detectors.first { $0.id == detectorID })
        let examples = try #require(detector.examples, "\(detectorID) has no examples")
        #expect((examples.match ?? []).count >= 3, "\(detectorID) needs at least 3 match examples")
        #expect((examples.reject ?? []).count >= 3, "\(detectorID) needs at least 3 reject examples")
        for outcome in PatternExampleRunner(catalog: Self.catalog).run(detector) {
            #expect(outcome.passed, "\(outcome.kind.rawValue) example \(outcome.example): \(outcome.failure ?? "")")
        }
    }

    @Test func everyDetectorCategoryIsInTheTaxonomy() {
        for detector in Self.catalog.detectors {
            #expect(Self.catalog.taxonomy.contains(detector.category), "\(detector.id): \(detector.category)")
        }
    }

    @Test func requiredTypesAreCovered() {
        let required: Set<String> = [
            "email", "phone", "credit_card", "iban", "us_ssn", "uk_nino", "ip_address", "mac_address",
            "date_of_birth", "passport_number", "person_name", "street_address", "geo_coordinates", "nl_bsn",
            "br_cpf", "in_aadhaar", "fr_nir", "es_dni", "es_nie", "it_codice_fiscale", "ca_sin", "au_tfn",
            "de_steuer_id", "uk_nhs_number",
        ]
        let types = Set(Self.catalog.detectors.map(\.type))
        #expect(required.subtracting(types).isEmpty, "missing: \(required.subtracting(types).sorted())")
    }

    @Test func phoneCoversEveryRequiredRegion() {
        let regions = Set(Self.catalog.detectors.filter { $0.type == "phone" }.flatMap(\.locales))
        for region in ["us", "ca", "uk", "de", "fr", "nl", "es", "it", "br", "in", "au"] {
            #expect(regions.contains(region), "no phone detector for \(region)")
        }
    }
}
