import PIIScanKit
import Testing

/// The ICO-template CSV: RFC 4180 quoting, round trip, free-text mapping and located errors.
@Suite("RoPA CSV")
struct RoPACSVTests {
    private func importer() throws -> RoPACSVImporter {
        RoPACSVImporter(fileName: "ropa.csv", taxonomy: try CatalogLoader.loadTaxonomy())
    }

    @Test func yamlToCSVToYAMLGivesTheSameDocument() throws {
        let csv = RoPACSVExporter.csv(RoPASamples.document, taxonomy: try CatalogLoader.loadTaxonomy())
        let imported = try importer().read(fromCSV: csv, organization: "Example Ltd")
        #expect(imported.document == RoPASamples.document)
        #expect(imported.warnings.map(\.message).allSatisfy { $0.contains("kept as text") })
        #expect(imported.warnings.count == 1)
        let yaml = RoPAYAMLWriter().document(imported.document)
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

    @Test func exportUsesTheTemplatesWordingAndKeepsTheSystems() throws {
        let csv = RoPACSVExporter.csv(RoPASamples.document, taxonomy: try CatalogLoader.loadTaxonomy())
        let rows = try CSVTable.parse(csv).map(\.fields)
        let header = try #require(rows.first)
        let support = Dictionary(uniqueKeysWithValues: zip(header, rows[1]))
        let sickLeave = Dictionary(uniqueKeysWithValues: zip(header, rows[2]))
        #expect(support["Article 6 lawful basis for processing personal data"] == "Contract (Art. 6(1)(b))")
        #expect(support["Categories of personal data"] == "Contact data\nName\nEmail address")
        #expect(support["DPIA required/progress"] == "Not required")
        #expect(support["Role (controller or processor)"] == "Controller")
        #expect(support["Status"] == "Confirmed")
        #expect(support["System name"] == "CRM database")
        #expect(support["System owner"] == "crm-team@example.com")
        #expect(support["PIMS scope"] == "In scope")
        #expect(
            sickLeave["Article 9 basis for processing special category data"]
                == "Employment and social security (Art. 9(2)(b))")
        #expect(sickLeave["Retention schedule (if possible)"] == "6 months after the employee leaves")
        #expect(
            sickLeave["Location of personal data"] == "hr: hr/**; sqlite:data/hr.db [main.*, x.y]\ncrm: "
                + "postgres://crm-db:5432/crm; exports/crm/**")
        #expect(sickLeave["System name"] == "\nCRM database")
        #expect(sickLeave["PIMS scope"] == "In scope\nIn scope")
        let archive = Dictionary(uniqueKeysWithValues: zip(header, rows[3]))
        #expect(archive["Location of personal data"] == "archive: archive/**")
        #expect(archive["PIMS scope"] == "Out of scope")
        #expect(archive["System status"] == "Draft")
        #expect(archive["Activity ID"] == "")
        #expect(rows.count == 4)
    }

    @Test func freeTextRetentionIsKeptWithAWarning() throws {
        let csv = "Activity ID,Retention schedule (if possible)\r\nstaff,6 years after employment ends\r\n"
        let imported = try importer().read(fromCSV: csv, organization: "X")
        let retention = try #require(imported.document.activities.first?.retention)
        #expect(retention == RoPARetention(text: "6 years after employment ends", seconds: nil))
        #expect(
            imported.warnings.map(\.description) == [
                "ropa.csv:2:2: Retention schedule (if possible): '6 years after employment ends' is not an ISO 8601 "
                    + "duration (e.g. P6Y, P18M, P90D): kept as text, and files are not checked against it"
            ])
    }

    /// A sheet with one bad cell and the row, column and message it must produce.
    @Test(arguments: [
        ("Categories of personal data", "Emial address", 4, "(did you mean 'user.contact.email'?)"),
        ("Article 6 lawful basis", "because", 1, "not a GDPR Art. 6(1) lawful basis"),
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
        let errors = try #require(
            throws: ConfigFileErrors.self, performing: { try importer().document(fromCSV: csv, organization: "X") })
        let error = try #require(errors.errors.first)
        #expect(errors.errors.count == 1, "\(errors)")
        #expect(error.line == (message.contains("ICO controller") ? 1 : 2), "\(error)")
        #expect(error.column == column, "\(error)")
        #expect(error.message.contains(message), "\(error)")
    }

    @Test func everyBadCellOfTheSheetIsListed() throws {
        let csv =
            "Activity ID,Article 6 lawful basis,Categories of personal data,Location of personal data,System owner\r\n"
            + "a,because,Shoe size,crm,x@example.com\r\n"
            + "b,consent,Email address,crm,y@example.com\r\n"
            + "a,Contract,Emial address,,\r\n"
        let errors = try #require(
            throws: ConfigFileErrors.self, performing: { try importer().document(fromCSV: csv, organization: "X") })
        #expect(
            errors.errors.map(\.description) == [
                "ropa.csv:2:2: Article 6 lawful basis for processing personal data: 'because' is not a GDPR Art. 6(1) "
                    + "lawful basis",
                "ropa.csv:2:3: Categories of personal data: 'Shoe size' is neither a taxonomy key nor a category name",
                "ropa.csv:3:5: System owner: system 'crm' has a different owner on row 2",
                "ropa.csv:4:1: Activity ID: duplicate activity id 'a'",
                "ropa.csv:4:3: Categories of personal data: 'Emial address' is neither a taxonomy key nor a category "
                    + "name (did you mean 'user.contact.email'?)",
            ])
    }

    @Test func gapsInRowsLoadAndAreReportedAsGaps() throws {
        let csv =
            "Activity ID,Owner,Purpose of processing,Article 6 lawful basis,Categories of personal data,Status\r\n"
            + "a,x@example.com,,consent,user.health_and_medical,confirmed\r\n"
        let taxonomy = try CatalogLoader.loadTaxonomy()
        let document = try importer().document(fromCSV: csv, organization: "X")
        let gaps = RoPAGaps(document: document, taxonomy: taxonomy).violations()
        #expect(gaps.map(\.kind) == [.specialCategoryWithoutCondition, .incompleteDeclaration])
        #expect(gaps.last?.detail == "confirmed activity 'a' has no 'purposes', 'retention'")
    }
}
