import PIIScanTestSupport
import Testing

@testable import PIIScanKit

@Suite("DelimitedFile")
struct DelimitedFileTests {
    /// The cells of `content` (column, text), the header, and the text of the bytes at each delimiter offset, read
    /// chunk by chunk as `ChunkReader` hands them out.
    static func parse(
        _ content: String, delimiter: UInt8 = UInt8(ascii: ","), chunkSize: Int = 4096
    ) throws -> (cells: [(Int, String)], headers: [String], delimiters: [UInt8]) {
        let tree = try TempTree(["t.csv": .text(content)])
        defer { tree.remove() }
        let bytes = Array(content.utf8)
        let file = DelimitedFile(delimiter: delimiter, naming: .verbatim)
        var cells: [(Int, String)] = []
        var delimiters: [UInt8] = []
        _ = ChunkReader(chunkSize: chunkSize, overlap: 4, lookbehind: 2).read(tree.path("t.csv")) { chunk in
            file.consume(chunk)
            cells += file.cells.map { ($0.column, String(decoding: bytes[$0.start..<$0.end], as: UTF8.self)) }
            delimiters += file.delimiters.map { bytes[$0] }
            return true
        }
        return (cells, file.headers, delimiters)
    }

    @Test(arguments: [9, 11, 16, 64, 4096])
    func cellsAndHeaderWhateverTheChunking(chunkSize: Int) throws {
        let csv = """
            id,"e-mail, primary",phone\r
            1, A1 ,B1\r
            2,"quoted ""A2"" with, comma
            and newline",B2
            3,A3,,C3
            """
        let parsed = try Self.parse(csv, chunkSize: chunkSize)
        #expect(parsed.headers == ["id", "e-mail, primary", "phone"])
        #expect(
            parsed.cells.map { "\($0.0):\($0.1)" } == [
                "0:1", "1:A1", "2:B1", "0:2", "1:quoted \"\"A2\"\" with, comma\nand newline", "2:B2", "0:3", "1:A3",
                "3:C3",
            ])
        #expect(Set(parsed.delimiters) == [UInt8(ascii: ",")])
        #expect(parsed.delimiters.count == 9)
    }

    @Test func aFirstRowOfValuesIsData() throws {
        let parsed = try Self.parse("Ann Lee,ann.lee@northwind-bikes.co.uk\nBo Yu,bo@example.org\n")
        #expect(parsed.headers.isEmpty)
        #expect(parsed.cells.map(\.1) == ["Ann Lee", "ann.lee@northwind-bikes.co.uk", "Bo Yu", "bo@example.org"])
    }

    @Test func aByteOrderMarkAndABlankFirstLineAreNotPartOfTheHeader() throws {
        let parsed = try Self.parse("\u{FEFF}\nName;Ort\nAnna;Köln\n", delimiter: UInt8(ascii: ";"))
        #expect(parsed.headers == ["Name", "Ort"])
        #expect(parsed.cells.map(\.1) == ["Anna", "Köln"])
    }

    /// Random files cut into chunks of every size from 1 to 40 give the cells the whole file gives.
    @Test func cuttingTheFileNeverChangesItsCells() throws {
        var random = SplitMix(seed: 13)
        let pieces = ["a", "bc", ",", ",", "\n", "\r\n", "\"", "\"\"", "x y", "\"q,\nq\"", "z\"z", " "]
        for round in 0..<30 {
            var content = "h1,h2,h3\n"
            for _ in 0..<random.next(upTo: 60) { content += pieces[random.next(upTo: pieces.count)] }
            let whole = try Self.parse(content)
            for chunkSize in [8, 9, 13, 40] {
                let chunked = try Self.parse(content, chunkSize: chunkSize)
                #expect(
                    chunked.cells.map { "\($0.0):\($0.1)" } == whole.cells.map { "\($0.0):\($0.1)" }, "round \(round)")
                #expect(chunked.delimiters.count == whole.delimiters.count)
            }
        }
    }

    @Test(arguments: [
        ("export.csv", "id;Name;Geburtsdatum\n1;Anna;03.05.1961\n2;Bo;04.06.1972\n", ";"),
        ("export.CSV", "a|b|c\n1|2|3\n4|5|6\n", "|"),
        ("export.csv", "a\tb\n1\t2\n", "\t"),
        ("export.csv", "\"a;b\",c\n\"1;2\",3\n\"4;5\",6\n", ","),
        ("one-column.csv", "email\nann@example.org\n", ","),
        ("people.tsv", "a,b\n", "\t"),
        ("people.psv", "a,b\n", "|"),
    ])
    func dialectsAreSniffed(name: String, content: String, delimiter: String) {
        let found = Array(content.utf8).withUnsafeBufferPointer {
            CSVDialect.delimiter(forPath: "dir/\(name)", firstBytes: $0)
        }
        #expect(found == UInt8(ascii: Unicode.Scalar(delimiter)!))
    }

    @Test(arguments: [
        ("notes.txt", "Dear Ann, thanks, see you.\nRegards, Bo\nPS: call me, ok?\n"),
        ("log.txt", "a,b,c\n1,2,3\n"),
        ("data.json", "a,b,c\n1,2,3\n4,5,6\n7,8,9\n1,2,3\n"),
        ("README", "a,b,c\n"),
    ])
    func proseAndOtherFilesAreNotTables(name: String, content: String) {
        let found = Array(content.utf8).withUnsafeBufferPointer {
            CSVDialect.delimiter(forPath: name, firstBytes: $0)
        }
        #expect(found == nil)
    }

    @Test func aTextFileOfDelimitedLinesIsATable() {
        let content = (1...6).map { "\($0)|Ann Lee|Berlin|\($0 * 7)" }.joined(separator: "\n") + "\n"
        let found = Array(content.utf8).withUnsafeBufferPointer {
            CSVDialect.delimiter(forPath: "export.txt", firstBytes: $0)
        }
        #expect(found == UInt8(ascii: "|"))
    }
}
