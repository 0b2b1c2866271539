import PIIScanKit
import Testing

@testable import PIIScanKit

@Suite("Column classifier")
struct ColumnClassifierTests {
    static let catalog = try! CatalogLoader.loadBundled()
    static let engine = Engine(
        catalog: catalog, fingerprinter: Fingerprinter(key: try! .load(fromHex: String(repeating: "cd", count: 32))),
        reveal: false)

    private func classify(
        _ column: String, _ typeClass: ColumnTypeClass = .text, _ values: [String], comment: String? = nil
    ) -> [Finding] {
        let sample = ColumnSample(
            source: .sqlite, store: "sqlite:crm.db", schema: "main", table: "people", column: column,
            typeClass: typeClass, comment: comment, values: values.map { Array($0.utf8) })
        return ColumnClassifier(engine: Self.engine).classify(
            sample, scratch: DetectionScratch(detectorCount: Self.catalog.detectors.count),
            jsonPaths: { JSONPathNaming.name($0, $1, naming: .verbatim) })
    }

    static let emails = (1...50).map { "customer\($0).lee@northwind-bikes.co.uk" }

    @Test func opaqueNameWithPIIValuesIsFoundByTheValues() throws {
        let finding = try #require(classify("ref", .text, Self.emails).first)
        #expect(finding.type == "email")
        #expect(finding.columnLocation?.rowsMatched == 50)
        #expect(finding.columnLocation?.rowsSampled == 50)
        #expect(finding.confidence >= 0.85)
        #expect(!finding.evidence.contains("customer"))
    }

    @Test func aMatchingNameRaisesConfidence() throws {
        let named = try #require(classify("courriel", .text, Self.emails).first)
        let opaque = try #require(classify("ref", .text, Self.emails).first)
        #expect(named.confidence > opaque.confidence)
    }

    @Test func sparsePIIIsStillReportedWithLowerConfidence() throws {
        let values = (1...100).map { $0 % 25 == 0 ? "write to ann\($0).lee@northwind-bikes.co.uk" : "wheel \($0) ok" }
        let finding = try #require(classify("notes", .text, values).first)
        #expect(finding.columnLocation?.rowsMatched == 4)
        #expect(finding.confidence >= 0.5)
        #expect(finding.confidence < 0.7)
    }

    @Test func weakDetectorsAgreeingAcrossMostRowsAreReported() throws {
        let names = ["Emma Johnson", "Lucas Martin", "Sofia Rossi", "Noah Müller", "Chloé Dubois"]
        let values = (0..<40).map { names[$0 % names.count] }
        let finding = try #require(classify("display", .text, values).first)
        #expect(finding.type == "person_name")
        #expect(finding.confidence >= 0.5)
        let sparse = (0..<40).map { $0 % 10 == 0 ? names[$0 % names.count] : "wheel \($0) ok" }
        #expect(classify("display", .text, sparse).allSatisfy { $0.confidence < 0.5 })
    }

    @Test(arguments: [
        ("email_sent_count", ColumnTypeClass.integer, ["3", "17", "0"]),
        ("phone_verified", .boolean, ["1", "0"]),
        ("address_type", .text, ["home", "work"]),
        ("ssn_checked_at", .timestamp, ["2024-01-02 10:00:00"]),
        ("email", .boolean, ["1", "0"]),
    ])
    func decoysAndImpossibleTypesYieldNothing(name: String, typeClass: ColumnTypeClass, values: [String]) {
        #expect(classify(name, typeClass, values).isEmpty)
    }

    @Test func integerPhoneNumbersAreCheckedWithTheValidators() throws {
        let values = ["34617529122", "33609880896", "16174520419", "447911123456"]
        let finding = try #require(classify("contact_no", .integer, values).first)
        #expect(finding.type == "phone")
        #expect(finding.columnLocation?.rowsMatched == 4)
        #expect(classify("counter", .integer, ["1", "2", "3", "40", "17"]).isEmpty)
    }

    @Test func jsonColumnsReportTheKeyPath() throws {
        let values = Self.emails.prefix(10).map { #"{"channel":"web","reporter":{"email":"\#($0)"}}"# }
        let finding = try #require(classify("meta", .json, Array(values)).first)
        #expect(finding.type == "email")
        #expect(finding.columnLocation?.jsonPath == "$.reporter.email")
    }

    @Test func strongNameWithoutValuesGivesANameOnlyFinding() throws {
        let finding = try #require(classify("geburtsdatum", .date, []).first)
        #expect(finding.type == "date_of_birth")
        #expect(finding.detector == "column_date_of_birth")
        #expect(finding.evidence == ColumnClassifier.nameEvidence)
        #expect(finding.confidence >= 0.6)
        let emptyPhone = try #require(classify("telefon", .text, []).first)
        #expect(emptyPhone.type == "phone")
    }

    @Test func aNameContradictedByTheValuesIsBelowTheThreshold() throws {
        let finding = try #require(classify("email", .text, ["n/a", "none", "unknown"]).first)
        #expect(finding.confidence < 0.5)
    }

    @Test func fingerprintsNameTheColumnNotTheSampledRows() throws {
        let first = try #require(classify("ref", .text, Array(Self.emails.prefix(5))).first)
        let second = try #require(classify("ref", .text, Array(Self.emails.suffix(5))).first)
        let other = try #require(classify("ref2", .text, Array(Self.emails.prefix(5))).first)
        #expect(first.fingerprint == second.fingerprint)
        #expect(first.fingerprint != other.fingerprint)
    }
}
