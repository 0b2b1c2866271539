import Testing

@testable import PIIScanKit

@Suite("CSV header rule")
struct CSVHeaderRuleTests {
    /// A naming that calls any cell with the word "Smith" a value, and knows `email` as a column name.
    static var naming: FieldNaming {
        FieldNaming(
            name: { bytes in
                let text = String(decoding: bytes, as: UTF8.self)
                return FieldNaming.Name(text: text, containsValue: text.contains("Smith"))
            },
            isKnownField: { $0.lowercased() == "email" })
    }

    static func isHeader(_ row: String) -> Bool {
        CSVHeaderRule.isHeader(
            row.split(separator: ",", omittingEmptySubsequences: false).map { Array($0.utf8) }, naming: naming)
    }

    @Test(
        "the first row is data when a cell looks like a value or a detector finds one",
        arguments: [
            "1001,ann@x.io,London", "ann@x.io", "2024-01-02,opened", "+44 20 7946 0958,Ann", "John Smith,London",
            "said hello, and then she left the building for good",
        ])
    func data(_ row: String) {
        #expect(!Self.isHeader(row))
    }

    @Test(
        "the first row is a header when it names a known column or reads like column names",
        arguments: [
            "Email,Notes to the customer (free text!)", "id,amount", "Customer Name,City", "first name,", "#,_id",
        ]
    )
    func header(_ row: String) {
        #expect(Self.isHeader(row))
    }
}
