import Foundation
import PIIScanTestSupport
import Testing

@testable import PIIScanKit

/// Files that hold tables (delimited files, SQL dumps, JSON arrays of records) scanned as tables: columns judged from their first rows,
/// cells bounded by delimiters, every cell of a personal-data column reported.
@Suite("Table file scan")
struct TableFileScanTests {
    static let catalog = try! CatalogLoader.loadBundled()
    static let key = try! FingerprintKey.load(fromHex: String(repeating: "cd", count: 32))

    private func scan(_ files: [String: String], chunkSize: Int = 1 << 20) throws -> [Finding] {
        try scan(files.mapValues { .text($0) }, chunkSize: chunkSize)
    }

    private func scan(_ files: [String: TempTree.Entry], chunkSize: Int = 1 << 20) throws -> [Finding] {
        let tree = try TempTree(files)
        defer { tree.remove() }
        var options = ScanOptions()
        options.chunkSize = chunkSize
        let plan = try ScanPlan(targets: [tree.root], catalog: Self.catalog, options: options, fingerprintKey: Self.key)
        var findings: [Finding] = []
        _ = try Scanner().run(plan) { findings += $0 }
        return findings
    }

    private static func described(_ findings: [Finding], type: String) -> [String] {
        findings.filter { $0.type == type }.compactMap { finding in
            finding.fileLocation.map { "\($0.line):\($0.field ?? "-")" }
        }
    }

    static let customers = """
        id,first_name,surname,street,city,card
        1001,Anna,Kowalski,12 Elm Street,Springfield,4539526018159083
        1002,Bernd,Okonkwo,Hauptstraße 5,Berlin,4556737586899855
        1003,Chloé,Dubois,4 rue Victor Hugo,Lyon,5425913909960304
        1004,Dmitri,Ivanova,Kungsgatan 7,Uppsala,
        """

    @Test func everyCellOfAPersonColumnIsReportedAtItsSpan() throws {
        let findings = try scan(["exports/customers.csv": Self.customers])
        let names = findings.filter { $0.type == "person_name" }
        #expect(Self.described(names, type: "person_name").filter { $0.hasSuffix("surname") }.count == 4)
        #expect(Self.described(names, type: "person_name").filter { $0.hasSuffix("first_name") }.count == 4)
        let surname = try #require(names.first { $0.fileLocation?.field == "surname" && $0.fileLocation?.line == 2 })
        let location = try #require(surname.fileLocation)
        let bytes = Array(Self.customers.utf8)
        #expect(String(decoding: bytes[location.start..<location.end], as: UTF8.self) == "Kowalski")
        #expect(location.column == 11)
        #expect(surname.evidence == "K***")
        #expect(surname.detector == "column_person_name")
        // A city is a quasi-identifier: its cells are not reported one by one.
        #expect(findings.allSatisfy { $0.fileLocation?.field != "city" })
    }

    @Test func aCardRightAfterADelimiterIsFound() throws {
        let findings = try scan(["exports/customers.csv": Self.customers])
        #expect(Self.described(findings, type: "credit_card") == ["2:card", "3:card", "4:card"])
        let expiry = try scan(["orders.csv": "customer,card,expiry\nAnn Lee,4539526018159083,06/30\n"])
        #expect(Self.described(expiry, type: "credit_card") == ["2:card"])
    }

    /// One 16-digit sequence number in ten passes Luhn: a column of them is no card column.
    @Test func chanceChecksumPassesInANumberColumnAreDismissed() throws {
        var csv = "sequence,reading\n"
        for row in 0..<200 { csv += "\(4_100_000_000_000_000 + row * 7919),\(row % 17)\n" }
        let findings = try scan(["sensor/readings.csv": csv])
        #expect(findings.filter { $0.type == "credit_card" }.isEmpty)
        // The same numbers in free text are still judged one by one.
        let lines = (0..<200).map { "card \(4_100_000_000_000_000 + $0 * 7919)" }.joined(separator: "\n")
        #expect(try scan(["notes.txt": lines]).contains { $0.type == "credit_card" })
    }

    /// With no header, a column of dates spread over decades is a column of birth dates; recent order dates are not.
    @Test func aHeaderlessColumnOfBirthDatesIsReportedCellByCell() throws {
        let rows = (0..<40).map { row in
            let born = "\(row % 28 + 1).\(row % 12 + 1).\(1941 + row * 7 % 60)"
            let ordered = "2025-\(row % 9 + 1 < 10 ? "0" : "")\(row % 9 + 1)-1\(row % 9)"
            return "\(7000 + row),\(born),\(ordered),\(row % 5 + 1)"
        }
        let findings = try scan(["export/people.csv": rows.joined(separator: "\n") + "\n"])
        let births = findings.filter { $0.type == "date_of_birth" }
        #expect(births.count == 40)
        #expect(births.allSatisfy { $0.fileLocation?.column == 6 })
    }

    /// Excel's "Unicode text" (UTF-16 with a mark) and its CSV in Western Europe (Windows-1252): decoded, read as
    /// tables, and every finding's span is the value's bytes in the file as it is.
    @Test(arguments: [
        (String.Encoding.utf16LittleEndian, [UInt8]([0xFF, 0xFE])), (String.Encoding.windowsCP1252, []),
    ])
    func exportsInOtherEncodingsAreDecoded(encoding: String.Encoding, mark: [UInt8]) throws {
        let csv = "Kundennr;Vorname;Nachname;Ort\r\n1;Jürgen;Schäfer;Köln\r\n2;Anke;Wolff;Bonn\r\n"
        let bytes = mark + Array(csv.data(using: encoding)!)
        let findings = try scan(["export/kunden.csv": .bytes(bytes)])
        let names = findings.filter { $0.type == "person_name" }
        #expect(Self.described(names, type: "person_name").count == 4)
        let values = names.compactMap(\.fileLocation).map {
            String(data: Data(bytes[$0.start..<$0.end]), encoding: encoding)
        }
        #expect(values == ["Jürgen", "Schäfer", "Anke", "Wolff"])
    }

    @Test func semicolonExportsOfGermanExcelAreTables() throws {
        let csv = "\u{FEFF}Kundennr;Vorname;Nachname;Ort\r\n1;Jürgen;Schäfer;Köln\r\n2;Anke;Wolff;Bonn\r\n"
        let findings = try scan(["export/kunden.csv": csv])
        #expect(
            Set(Self.described(findings, type: "person_name")) == [
                "2:Vorname", "2:Nachname", "3:Vorname", "3:Nachname",
            ])
    }

    @Test func cellsAreTheSameWhateverTheChunkSize() throws {
        var csv = "id,surname,email\n"
        for row in 0..<300 {
            csv += "\(row),\(["Okafor", "Lindqvist", "Moreau"][row % 3]),u\(row)@northwind-bikes.co.uk\n"
        }
        let whole = try scan(["people.csv": csv])
        let chunked = try scan(["people.csv": csv], chunkSize: 4096)
        #expect(whole.count == 600)
        #expect(chunked == whole)
    }

    @Test func aPgDumpIsReadTableByTable() throws {
        var rows = ""
        for (index, (given, surname)) in [("Mary", "Okafor"), ("Jon", "Lindqvist"), ("Ines", "Moreau")].enumerated() {
            rows += "\(index + 1)\t\(given)\t\(surname)\t\(4_100_000_000_000_000 + index * 7919)\n"
        }
        let dump = """
            CREATE TABLE public.customer (customer_id integer, first_name text, last_name text, loyalty_no bigint);
            COPY public.customer (customer_id, first_name, last_name, loyalty_no) FROM stdin;
            \(rows)\\.

            INSERT INTO public.payment (payment_id, card) VALUES (1001,'4539526018159083'),(1002,'4556737586899855');

            """
        let findings = try scan(["backup/crm.sql": dump])
        #expect(
            Self.described(findings, type: "person_name") == [
                "3:customer.first_name", "3:customer.last_name", "4:customer.first_name", "4:customer.last_name",
                "5:customer.first_name", "5:customer.last_name",
            ])
        #expect(Self.described(findings, type: "credit_card") == ["8:payment.card", "8:payment.card"])
    }

    static let surnames = [
        "Okafor", "Lindqvist", "Moreau", "Nguyen", "Brandt", "Kowalczyk", "Haddad", "Sørensen", "Ferreira",
        "Castellano", "Dubois", "Yilmaz",
    ]
    static let givenNames = ["Amara", "Jonas", "Chloé", "Minh", "Greta", "Piotr", "Layla", "Mads", "Inês", "Luca"]

    /// An API page: `{"data": [{…, "customer": {"firstName", "lastName"}, "sku", "status"}]}`.
    static var apiPage: String {
        let records = surnames.enumerated().map { index, surname in
            """
                {"id": \(5000 + index), "sku": "SKU-\(100 + index * 7)", "status": "\(["paid", "open", "shipped"][index % 3])",
                  "customer": {"firstName": "\(givenNames[index % givenNames.count])", "lastName": "\(surname)"}}
            """
        }
        return "{\"data\": [\n" + records.joined(separator: ",\n") + "\n]}\n"
    }

    @Test(arguments: [1 << 20, 4096])
    func everyLastNameOfAJSONArrayIsReported(chunkSize: Int) throws {
        let page = Self.apiPage
        let findings = try scan(["api/orders.json": page], chunkSize: chunkSize)
        let bytes = Array(page.utf8)
        let lastNames = findings.filter { $0.fileLocation?.field?.hasSuffix(".customer.lastName") ?? false }
        #expect(lastNames.map(\.type) == Array(repeating: "person_name", count: Self.surnames.count))
        #expect(
            lastNames.compactMap(\.fileLocation).map {
                String(decoding: bytes[$0.start..<$0.end], as: UTF8.self)
            } == Self.surnames)
        #expect(lastNames.first?.fileLocation?.field == "$.data[0].customer.lastName")
        #expect(lastNames.last?.fileLocation?.field == "$.data[11].customer.lastName")
        #expect(
            findings.allSatisfy {
                !($0.fileLocation?.field?.hasSuffix(".sku") ?? false)
                    && !($0.fileLocation?.field?.hasSuffix(".status") ?? false)
            })
    }

    @Test func everyLastNameOfAJSONLinesFileIsReported() throws {
        let lines = Self.surnames.enumerated().map { index, surname in
            #"{"id":\#(index),"sku":"SKU-\#(index * 3)","status":"open","lastName":"\#(surname)"}"#
        }.joined(separator: "\n")
        let findings = try scan(["events/orders.ndjson": lines + "\n"])
        let lastNames = findings.filter { $0.fileLocation?.field == "$.lastName" }
        #expect(lastNames.map(\.type) == Array(repeating: "person_name", count: Self.surnames.count))
        #expect(lastNames.map { $0.fileLocation?.line } == Array(1...Self.surnames.count))
        #expect(findings.allSatisfy { $0.fileLocation?.field != "$.sku" && $0.fileLocation?.field != "$.status" })
    }

    @Test func aMalformedJSONFileIsStillScanned() throws {
        let page = String(Self.apiPage.dropLast(3)) + "}} oops {\"email\": \"ann.lee@northwind-bikes.co.uk\"}"
        let findings = try scan(["api/broken.json": page])
        #expect(findings.contains { $0.fileLocation?.field?.hasSuffix(".customer.lastName") ?? false })
        #expect(findings.contains { $0.type == "email" })
    }
}
