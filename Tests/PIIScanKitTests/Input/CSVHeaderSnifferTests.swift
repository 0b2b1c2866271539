import Testing

@testable import PIIScanKit

@Suite("CSV header sniffing")
struct CSVHeaderSnifferTests {
    /// A naming that calls any cell with an `@` or the word "Smith" a value, and knows `email` as a column name.
    static var naming: FieldNaming {
        FieldNaming(
            name: { bytes in
                let text = String(decoding: bytes, as: UTF8.self)
                return FieldNaming.Name(text: text, containsValue: text.contains("Smith"))
            },
            isKnownField: { $0.lowercased() == "email" })
    }

    static func hasHeader(_ text: String, delimiter: Character = ",") -> Bool {
        Array(text.utf8).withUnsafeBufferPointer {
            CSVHeaderSniffer.hasHeader($0, delimiter: UInt8(ascii: delimiter.unicodeScalars.first!), naming: naming)
        }
    }

    @Test(
        "the first row is data when a cell looks like a value or a detector finds one",
        arguments: [
            "1001,ann@x.io,London\n1002,bo@x.io,Paris\n",
            "ann@x.io\nbo@x.io\n",
            "2024-01-02,opened\n2024-01-03,closed\n",
            "+44 20 7946 0958,Ann\n",
            "John Smith,London\nJane Doe,Paris\n",
            "said hello, and then she left the building for good\nanother line of prose, here\n",
        ])
    func data(_ text: String) {
        #expect(!Self.hasHeader(text))
    }

    @Test(
        "the first row is a header when it names a known column, types differ below, or it reads like names",
        arguments: [
            "Email,Notes\nann@x.io,call back\n",
            "id,amount\n1,20.5\n",
            "Customer Name,City\nAnn Lee,London\n",
            "\"first, name\",city\n",
            "\nid,amount\n1,2\n",
        ])
    func header(_ text: String) {
        #expect(Self.hasHeader(text))
    }

    @Test("records honour quotes, doubled quotes and quoted newlines, and skip a leading blank line")
    func records() {
        let text = "\n\"a,\"\"b\"\"\nc\", d \nx,y\nz\n"
        let rows = Array(text.utf8).withUnsafeBufferPointer {
            CSVHeaderSniffer.records($0[...], delimiter: UInt8(ascii: ","))
        }
        #expect(rows.map { $0.map { String(decoding: $0, as: UTF8.self) } } == [["a,\"b\"\nc", "d"], ["x", "y"]])
    }
}
