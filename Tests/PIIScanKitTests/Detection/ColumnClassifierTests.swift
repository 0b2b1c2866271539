import PIIScanKit
import Testing

@testable import PIIScanKit

@Suite("Column classifier")
struct ColumnClassifierTests {
    static let catalog = try! CatalogLoader.loadBundled()
    static let engine = Engine(
        catalog: catalog, fingerprinter: Fingerprinter(key: try! .load(fromHex: String(repeating: "cd", count: 32))),
        reveal: false)

    /// The column's findings; `table` and `siblings` give it a table (none by default).
    private func classify(
        _ column: String, _ typeClass: ColumnTypeClass = .text, _ values: [String], comment: String? = nil,
        table: String = "t", siblings: [String] = [], engine: Engine = Self.engine
    ) -> [Finding] {
        let sample = ColumnSample(
            source: .sqlite, store: "sqlite:crm.db", schema: "main", table: table, column: column,
            typeClass: typeClass, comment: comment, values: values.map { Array($0.utf8) })
        let context = TableContext(table: table, columns: [column] + siblings, rules: Self.catalog.columnRules)
        return ColumnClassifier(engine: engine).classify(
            sample, context: context, position: 0,
            scratch: DetectionScratch(detectorCount: Self.catalog.detectors.count),
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

    /// Dates of `count` days spread over `years`, written day first and ISO by turns.
    static func dates(_ count: Int, years: ClosedRange<Int>) -> [String] {
        (0..<count).map { index in
            let (year, month, day) = (years.lowerBound + index * 7 % years.count, index % 12 + 1, index % 28 + 1)
            let dayFirst = index.isMultiple(of: 2)
            return dayFirst
                ? "\(day)/\(month)/\(year)" : "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
        }
    }

    @Test func aColumnWithNoNameOfDatesSpreadAsBirthDatesIsADateOfBirth() throws {
        let finding = try #require(classify("", .text, Self.dates(40, years: 1941...2004)).first)
        #expect(finding.type == "date_of_birth")
        #expect(finding.confidence >= 0.5)
        #expect(finding.columnLocation?.reason?.contains("as birth dates are") == true)
    }

    @Test(arguments: [2019...2025, 1995...2025, 1900...1910])
    func datesOfEventsOrOfLongAgoAreNoBirthDates(years: ClosedRange<Int>) {
        #expect(classify("", .text, Self.dates(40, years: years)).allSatisfy { $0.confidence < 0.5 })
    }

    @Test func aNamedColumnIsJudgedByItsNameNotTheSpread() {
        #expect(classify("shipped", .text, Self.dates(40, years: 1941...2004)).allSatisfy { $0.confidence < 0.5 })
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

    static let things = [
        "Rock", "Jazz", "Metal", "Alternative & Punk", "Blues", "Latin", "Reggae", "Pop", "Soundtrack",
    ]

    @Test func aBareNameOfThingsIsNotAPersonsName() {
        let values = (0..<60).map { Self.things[$0 % Self.things.count] }
        #expect(
            classify("name", .text, values, table: "genre", siblings: ["genre_id"]).allSatisfy { $0.confidence < 0.5 })
        #expect(classify("Name", .text, values, table: "MediaType").allSatisfy { $0.confidence < 0.5 })
    }

    @Test func aBareNameAboutPeopleIsAPersonsName() throws {
        let names = ["Emma Johnson", "Lucas Martin", "Sofia Rossi", "Noah Müller", "Chloé Dubois"]
        let values = (0..<40).map { names[$0 % names.count] }
        let byTable = try #require(classify("name", .text, values, table: "customers").first)
        #expect(byTable.type == "person_name")
        #expect(byTable.confidence >= 0.6)
        #expect(byTable.columnLocation?.reason?.contains("customers records") == true)
        let bySibling = try #require(
            classify("display_name", .text, values, table: "accounts", siblings: ["email"]).first)
        #expect(bySibling.type == "person_name")
        #expect(bySibling.columnLocation?.reason?.contains("sibling column is \"email\"") == true)
    }

    @Test func organisationsContactDataIsNotPersonal() throws {
        let phones = ["(503) 555-9831", "(503) 555-3199", "(503) 555-9931"]
        let shipper = classify("Phone", .text, phones, table: "Shippers", siblings: ["ShipperID", "CompanyName"])
        #expect(shipper.allSatisfy { $0.confidence < 0.5 })
        #expect(
            shipper.first?.columnLocation?.reason?.hasSuffix("the table holds shippers records and names no person")
                == true)
        let supplier = try #require(
            classify("Phone", .text, phones, table: "Suppliers", siblings: ["CompanyName", "ContactName"]).first)
        #expect(supplier.type == "phone")
        #expect(supplier.confidence >= 0.8)
        #expect(
            classify("name", .text, ["Acme", "Globex"], table: "vendors", siblings: ["email", "phone"])
                .allSatisfy { $0.confidence < 0.5 })
    }

    @Test func namesOfThingIdentifiersHoldNoPersonalData() throws {
        let cards = ["4556737586899855", "4111111111111111", "5500005555555559", "4539578763621486"]
        let ean = try #require(classify("product_ean", .text, cards).first)
        #expect(ean.confidence < 0.5)
        #expect(ean.columnLocation?.reason?.hasSuffix("but the name \"ean\" identifies a thing") == true)
        #expect(try #require(classify("payment_ref", .text, cards).first).confidence >= 0.5)
        #expect(Self.catalog.fieldType(named: "isbn13") == Catalog.notPersonalFieldType)
        #expect(Self.catalog.fieldType(named: "app_version") == Catalog.notPersonalFieldType)
        #expect(Self.catalog.fieldType(named: "customer_email") == "email")
    }

    @Test func aShareOfMatchesIsJudgedWithItsSampleSize() throws {
        let one = (0..<104).map { $0 == 7 ? "mail ann.lee@northwind-bikes.co.uk" : "wheel \($0) ok" }
        #expect(classify("notes", .text, one).allSatisfy { $0.confidence < 0.5 })
        let many = (0..<718).map { $0 % 4 == 0 ? "mail ann\($0).lee@northwind-bikes.co.uk" : "wheel \($0) ok" }
        let finding = try #require(classify("notes", .text, many).first)
        #expect(finding.confidence >= 0.8)
        #expect(finding.columnLocation?.reason == "25% of 718 values are email")
    }

    @Test func placeholdersLowerConfidenceOnlyInProportion() throws {
        let values = (0..<100).map { $0 < 5 ? "test\($0)@example.com" : "ann\($0).lee@northwind-bikes.co.uk" }
        let finding = try #require(classify("ref", .text, values).first)
        #expect(finding.confidence >= 0.75)
        #expect(finding.columnLocation?.reason?.contains("5 of them placeholders") == true)
        let allPlaceholders = (0..<50).map { "10.0.\($0 / 250).\($0 % 250 + 1)" }
        #expect(classify("host", .text, allPlaceholders).allSatisfy { $0.confidence < 0.5 })
        let named = try #require(classify("ip_address", .ipAddress, allPlaceholders).first)
        #expect(named.type == "ip_address")
        #expect(named.confidence == ColumnConfidence.nameSuffices)
        let typed = try #require(classify("origin", .ipAddress, allPlaceholders).first)
        #expect(typed.confidence == ColumnConfidence.typeImplied)
        #expect(typed.columnLocation?.reason == "column type inet")
    }

    @Test func numbersAreNeverPhonesOrCardsByValueAlone() {
        let bytes = ["11170334", "4331779", "6852860", "6599424", "8611245", "8817038", "5279488", "7014204"]
        #expect(classify("Bytes", .integer, bytes).isEmpty)
        let keys = ["4556737586899855", "4111111111111111", "5500005555555559", "378282246310005"]
        #expect(classify("random_key", .integer, keys).isEmpty)
    }

    @Test func columnTypesAreEvidence() throws {
        let inet = try #require(classify("address", .ipAddress, ["10.1.2.3", "192.0.2.44"]).first)
        #expect(inet.type == "ip_address")
        let unnamed = try #require(classify("origin", .ipAddress, []).first)
        #expect(unnamed.type == "ip_address")
        #expect(unnamed.columnLocation?.reason == "column type inet")
        let mac = try #require(classify("hw", .macAddress, []).first)
        #expect(mac.type == "mac_address")
    }

    @Test func phoneNamesAreConfirmedByBareDigitStrings() throws {
        let values = ["14033335568", "6172235589", "28303384290", "491271355190", "705814003527"]
        let finding = try #require(classify("phone", .text, (0..<20).map { values[$0 % 5] }).first)
        #expect(finding.type == "phone")
        #expect(finding.confidence >= 0.8)
        #expect(finding.columnLocation?.reason?.contains("numbers of 7 to 15 digits") == true)
    }

    @Test func cardNamesAreConfirmedByCardLengthNumbersThatFailLuhn() throws {
        let values = ["33332664695310", "55552127249722", "77778344838353", "33332126386493", "55553635401028"]
        let finding = try #require(classify("CardNumber", .text, values).first)
        #expect(finding.type == "credit_card")
        #expect(classify("CardNumber", .text, ["n/a", "pending", "unknown"]).allSatisfy { $0.confidence < 0.5 })
    }

    @Test func credentialsAreFoundByNameAndNeverRevealed() throws {
        let revealing = Engine(
            catalog: Self.catalog, fingerprinter: Fingerprinter(key: FingerprintKey.random()), reveal: true)
        let values = ["8cb2237d0679ca88db6464eac60da96345513964", "s3cret ann.lee@northwind-bikes.co.uk"]
        let finding = try #require(classify("password", .text, values, engine: revealing).first)
        #expect(finding.type == "credential")
        #expect(finding.category == "user.authorization.credentials")
        #expect(finding.evidence == ColumnClassifier.nameEvidence)
        #expect(finding.revealedValue == nil)
        let username = try #require(classify("LoginID", .text, ["adventure-works\\ken0"]).first)
        #expect(username.type == "username")
    }

    @Test func quasiIdentifiersAreLowSeverityAndOnlyAboutPeople() throws {
        let city = try #require(classify("City", .text, ["Berlin", "Paris"], table: "Customer").first)
        #expect(city.type == "city")
        #expect(city.quasiIdentifier)
        #expect(city.severity == .low)
        #expect(classify("city", .text, ["Berlin", "Paris"], table: "city").allSatisfy { $0.confidence < 0.5 })
    }

    @Test func eachColumnHasOneVerdictWithAlternatives() throws {
        let values = (0..<40).map {
            $0 % 2 == 0 ? "call +44 20 7946 0958 now" : "mail ann\($0).lee@northwind-bikes.co.uk"
        }
        let findings = classify("body", .text, values)
        #expect(findings.count == 1)
        let alternatives = findings.first?.columnLocation?.alternatives.map(\.type) ?? []
        #expect(Set([findings.first?.type] + alternatives) == ["email", "phone"])
    }

    @Test func commentHintsAreLabelledAsComments() throws {
        let finding = try #require(classify("c7", .text, Self.emails, comment: "Customer e-mail address").first)
        let reason = finding.columnLocation?.reason ?? ""
        #expect(reason.hasPrefix("comment mentions \"mail address\" + 100% of 50 values are email"), "\(reason)")
    }
}
