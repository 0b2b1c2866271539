import PIIScanKit
import Testing

/// The ICO-template CSV: RFC 4180 quoting, round trip, free-text mapping and located errors.
@Suite("RoPA CSV")
struct RoPACSVTests {
    private func importer() throws -> RoPACSVImporter {
        RoPACSVImporter(fileName: "ropa.csv", taxonomy: try CatalogLoader.loadTaxonomy())
    }

    @Test func yamlToCSVToYAMLGivesTheSameDocument() throws {
        let csv = RoPACSVExporter.csv(RoPASamples.document)
        let imported = try importer().document(fromCSV: csv, organization: "Example Ltd")
        #expect(imported == RoPASamples.document)
        let yaml = RoPAYAMLWriter().document(imported)
        let reloaded = try RoPALoader.load(
            name: "ropa.yaml", bytes: Array(yaml.utf8), taxonomy: CatalogLoader.loadTaxonomy())
        #expect(reloaded == RoPASamples.document)
    }

    @Test func quotesOnlyWhatNeedsIt() throws {
        let text = CSVTable.write([["plain", "a,b", "say \"hi\"", "two\nlines", " pad", ""]])
        #expect(text == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" pad\",\r\n")
        #expect(try CSVTable.parse(text).map(\.fields) == [["plain", "a,b", "say \"hi\"", "two\nlines", " pad", ""]])
    }

    @Test func parsesLFAndCRLFAndBOM() throws {
        let records = try CSVTable.parse("\u{FEFF}a,b\r\n\"x\r\ny\",z\n\nlast,\n")
        #expect(records.map(\.fields) == [["a", "b"], ["x\r\ny", "z"], ["last", ""]])
        #expect(records.map(\.line) == [1, 2, 5])
    }

    @Test func unclosedQuoteIsAnError() {
        #expect(throws: CSVTable.SyntaxError.self) { try CSVTable.parse("a,\"b\nc\n") }
    }

    @Test func mapsFreeTextOfAnICOSheet() throws {
        let csv = """
            Business function,Purpose of processing,Categories of individuals,Categories of personal data,\
            Article 6 lawful basis for processing personal data,Article 9 basis for processing special category data,\
            Retention schedule (if possible),Location of personal data,DPIA required/progress,Role
            HR,"Payroll
            Sick leave",Employees,"Name, Email address
            user.health_and_medical",Art. 6(1)(c),9(2)(b),P6Y,"HR system
            payroll: sqlite:payroll.db [main.*]",Yes,Controller

            """
        let document = try importer().document(fromCSV: csv, organization: "X")
        let activity = try #require(document.activities.first)
        #expect(activity.id == "hr")
        #expect(activity.purposes == ["Payroll", "Sick leave"])
        #expect(activity.dataCategories == ["user.name", "user.contact.email", "user.health_and_medical"])
        #expect(activity.legalBasis == .legalObligation)
        #expect(activity.specialCategoryCondition == "employment")
        #expect(activity.dpia == .required)
        #expect(activity.role == .controller)
        #expect(activity.systems == ["hr-system", "payroll"])
        #expect(document.systems[1].locations == [.store("sqlite:payroll.db", tables: ["main.*"])])
    }

    /// A sheet with one bad cell and the row, column and message it must produce.
    @Test(arguments: [
        ("Categories of personal data", "Emial address", 4, "(did you mean 'user.contact.email'?)"),
        ("Article 6 lawful basis", "because", 1, "not a GDPR Art. 6(1) lawful basis"),
        ("Retention schedule", "two years", 2, "not an ISO 8601 duration"),
        ("Categories of personal data", "user.health_and_medical", 4, "fill in the Article 9 column"),
        ("Favourite colour", "blue", 1, "not a column of the ICO controller template"),
    ])
    func namesRowAndColumn(_ header: String, _ value: String, _ column: Int, _ message: String) throws {
        let headers = ["Article 6 lawful basis", "Retention schedule", "Business function"]
        var cells = ["consent", "P1Y", "Sales"]
        var allHeaders = headers
        if let index = headers.firstIndex(of: header) {
            cells[index] = value
        } else if header.hasPrefix("Categories") {
            allHeaders.append(header)
            cells.append(value)
        } else {
            allHeaders.insert(header, at: 0)
            cells.insert(value, at: 0)
        }
        let csv = CSVTable.write([allHeaders, cells])
        let error = try #require(
            throws: ConfigFileError.self, performing: { try importer().document(fromCSV: csv, organization: "X") })
        #expect(error.line == (message.contains("ICO controller") ? 1 : 2), "\(error)")
        #expect(error.column == column, "\(error)")
        #expect(error.message.contains(message), "\(error)")
    }

    @Test func confirmedRowsNeedTheirEssentials() throws {
        let csv =
            "Activity ID,Owner,Purpose of processing,Article 6 lawful basis,Status\r\n"
            + "a,x@example.com,,consent,confirmed\r\n"
        let error = try #require(
            throws: ConfigFileError.self, performing: { try importer().document(fromCSV: csv, organization: "X") })
        #expect(error.line == 2)
        #expect(error.column == 3)
        #expect(error.message.contains("a confirmed activity needs this filled in"))
    }
}
