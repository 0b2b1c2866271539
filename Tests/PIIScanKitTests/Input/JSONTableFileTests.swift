import PIIScanTestSupport
import Testing

@testable import PIIScanKit

@Suite("JSONTableFile")
struct JSONTableFileTests {
    /// Each cell as `table.column=text`, read chunk by chunk from a real file; nil when the file is not read as
    /// tables.
    static func cells(_ name: String, _ content: String, chunkSize: Int = 4096, naming: FieldNaming = .verbatim)
        throws -> [String]?
    {
        try read(name, content, chunkSize: chunkSize, naming: naming)?.cells
    }

    /// The reader after the whole file, and every cell it listed.
    static func read(_ name: String, _ content: String, chunkSize: Int = 4096, naming: FieldNaming = .verbatim)
        throws -> (file: any TableFile, cells: [String])?
    {
        let tree = try TempTree([name: .text(content)])
        defer { tree.remove() }
        let bytes = Array(content.utf8)
        var file: (any TableFile)?
        var found: [TableCell] = []
        _ = ChunkReader(chunkSize: chunkSize, overlap: 4, lookbehind: 2).read(tree.path(name)) { chunk in
            if file == nil {
                let first = UnsafeRawBufferPointer(rebasing: chunk.bytes[..<chunk.reportUntil])
                file = TableFiles.open(
                    tree.path(name), firstBytes: first.assumingMemoryBound(to: UInt8.self), naming: naming)
            }
            guard let file else { return false }
            file.consume(chunk)
            found += file.cells
            return true
        }
        guard let file else { return nil }
        let cells = found.map { cell in
            let name = file.field(ofColumn: cell.column, inTable: cell.table) ?? "?"
            return "\(name)=\(String(decoding: bytes[cell.start..<cell.end], as: UTF8.self))"
        }
        return (file, cells)
    }

    static let page = """
        {"meta": {"page": 1, "contact": "ops@example.com"},
         "data": {"items": [
           {"id": 17, "sku": "A-1", "customer": {"firstName": "Ann", "lastName": "O\\"Neil", "vip": true},
            "addresses": [{"city": "Lyon"}, {"city": "Köln", "zip": null}], "tags": ["x", ""], "total": -12.5e3},
           {"id": 18, "customer": {"lastName": "Lindqvist"}, "empty": {}, "none": []}
         ]},
         "after": [1, 2]}
        """

    @Test(arguments: [11, 16, 64, 4096])
    func recordsNestedUnderKeysWhateverTheChunking(chunkSize: Int) throws {
        #expect(
            try Self.cells("page.json", Self.page, chunkSize: chunkSize) == [
                "$.data.items[*].id=17", "$.data.items[*].sku=A-1", "$.data.items[*].customer.firstName=Ann",
                "$.data.items[*].customer.lastName=O\\\"Neil", "$.data.items[*].addresses[*].city=Lyon",
                "$.data.items[*].addresses[*].city=Köln", "$.data.items[*].tags[*]=x",
                "$.data.items[*].total=-12.5e3", "$.data.items[*].id=18",
                "$.data.items[*].customer.lastName=Lindqvist",
            ])
    }

    @Test func aTopLevelArrayIsATableNamedByTheFile() throws {
        let json = "\u{FEFF}[{\"a\": \"1\"}, {\"b\": {\"c\": \"2\"}}, 5, [{\"d\": \"3\"}]]"
        let read = try #require(try Self.read("t.json", json))
        #expect(read.cells == ["$[*].a=1", "$[*].b.c=2", "$[*][*].d=3"])
        #expect(read.file.tableCount == 2)
        #expect(read.file.table(0).name == nil)
        #expect(read.file.table(0).columns == ["a", "b.c"])
        #expect(try Self.cells("scalar.json", "\"just a string\"") == nil)
    }

    @Test(arguments: ["log.ndjson", "log.jsonl", "log.json"])
    func jsonLinesAreRecordsOfOneTable(name: String) throws {
        let lines = """
            {"id": 1, "lastName": "Okafor", "status": "paid"}
            {"id": 2, "lastName": "broken
            {"id": 3, "lastName": "Moreau", "status": "open"}
            {"id": 4, "lastName": "Nguyen" ]
            {"id": 5, "lastName": "Brandt"}

            """
        #expect(
            // A `.json` file is recognised as JSON Lines by its first line: the first chunk must hold it.
            try Self.cells(name, lines, chunkSize: name.hasSuffix(".json") ? 4096 : 16) == [
                "$[*].id=1", "$[*].lastName=Okafor", "$[*].status=paid", "$[*].id=2", "$[*].id=3",
                "$[*].lastName=Moreau", "$[*].status=open", "$[*].id=4", "$[*].lastName=Nguyen", "$[*].id=5",
                "$[*].lastName=Brandt",
            ])
    }

    @Test func aMalformedDocumentEndsItsTables() throws {
        let json = #"[{"a": "1"}, {"a": "2" "b": "3"}, {"a": "4"}]"#
        #expect(try Self.cells("t.json", json) == ["$[*].a=1", "$[*].a=2"])
        let truncated = #"{"items": [{"a": "1"}, {"a": "#
        #expect(try Self.cells("t.json", truncated) == ["$.items[*].a=1"])
        let tooDeep = String(repeating: "[", count: 100) + #"{"a": "1"}"#
        #expect(try Self.cells("t.json", tooDeep) == [])
    }

    @Test(arguments: ["notes.txt", "data.json.gz", "a.csv", "json"])
    func otherFilesAreNoJSONTables(name: String) {
        #expect(!JSONTableFile.mayBeTable(name))
    }

    @Test func aKeyThatIsAValueIsMaskedInColumnNames() throws {
        let masking = FieldNaming(
            name: { bytes in
                let text = String(decoding: bytes, as: UTF8.self)
                let masked = text.contains("@")
                return .init(text: masked ? "<email>" : text, containsValue: masked)
            },
            isKnownField: { _ in false })
        let json = #"[{"ann@example.com": {"city": "Lyon"}}]"#
        #expect(try Self.cells("t.json", json, naming: masking) == ["$[*].<email>.city=Lyon"])
    }

    @Test func columnsAndTablesAreCapped() throws {
        var json = "[{"
        json += (0..<(JSONPathTree.maxNodes + 10)).map { "\"k\($0)\": \"v\"" }.joined(separator: ", ")
        json += "}]"
        let cells = try #require(try Self.cells("wide.json", json))
        #expect(cells.count == JSONPathTree.maxNodes - 2)
        var many = "{"
        many += (0..<(JSONPathTree.maxTables + 5)).map { "\"t\($0)\": [{\"a\": \"v\"}]" }.joined(separator: ", ")
        many += "}"
        let read = try #require(try Self.read("many.json", many))
        #expect(read.file.tableCount == JSONPathTree.maxTables)
        #expect(read.cells.count == JSONPathTree.maxTables)
    }
}
