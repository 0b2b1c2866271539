import PIIScanTestSupport
import Testing

@testable import PIIScanKit

@Suite("FieldTracker")
struct FieldTrackerTests {
    /// The field at the first byte of each `marker` occurrence, read with a small buffer so the structure is tracked
    /// across many chunk boundaries; chunks without markers are only consumed.
    static func fields(_ name: String, _ content: String, markers: [String], chunkSize: Int) throws -> [String?] {
        let tree = try TempTree([name: .text(content)])
        defer { tree.remove() }
        let bytes = Array(content.utf8)
        var offsets: [Int] = []
        for marker in markers {
            let needle = Array(marker.utf8)
            let start = (offsets.last.map { $0 + 1 } ?? 0)
            let found = (start...(bytes.count - needle.count)).first {
                Array(bytes[$0..<($0 + needle.count)]) == needle
            }
            offsets.append(found!)
        }
        let tracker = try #require(FieldTracker.make(forPath: tree.path(name), naming: .verbatim))
        var results: [String?] = []
        var pending = offsets[...]
        _ = ChunkReader(chunkSize: chunkSize, overlap: 4, lookbehind: 2).read(tree.path(name)) { chunk in
            while let next = pending.first, next < chunk.reportedEnd {
                results.append(tracker.field(atFileOffset: next, in: chunk))
                pending.removeFirst()
            }
            tracker.consume(chunk)
            return true
        }
        return results
    }

    @Test(arguments: [11, 16, 64, 4096])
    func csvHeaderNames(chunkSize: Int) throws {
        let csv = """
            id,"e-mail, primary",phone\r
            1,A1,B1\r
            2,"quoted ""A2"" with, comma
            and newline",B2
            3,A3,B3,C3
            """
        let fields = try Self.fields(
            "people.CSV", csv, markers: ["e-mail", "A1", "B1", "A2", "newline", "B2", "C3"],
            chunkSize: chunkSize)
        #expect(fields == [nil, "e-mail, primary", "phone", "e-mail, primary", "e-mail, primary", "phone", nil])
    }

    /// The header name of every byte of `content`, by a plain per-byte RFC 4180 state machine (nil in the header).
    static func referenceCSVFields(_ content: [UInt8]) -> [String?] {
        var headers: [String] = []
        var name: [UInt8] = []
        var inHeader = true
        var column = 0
        var inQuotes = false
        var previousWasQuote = false
        var fieldStart = true
        var fields: [String?] = []
        for byte in content {
            fields.append(inHeader || column >= headers.count ? nil : headers[column])
            if inQuotes {
                if byte == UInt8(ascii: "\"") {
                    inQuotes = false
                    previousWasQuote = true
                } else if inHeader {
                    name.append(byte)
                }
                continue
            }
            if byte == UInt8(ascii: "\"") && (fieldStart || previousWasQuote) {
                if previousWasQuote && inHeader { name.append(byte) }
                inQuotes = true
                previousWasQuote = false
                fieldStart = false
                continue
            }
            previousWasQuote = false
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\n") {
                if inHeader { headers.append(String(decoding: name, as: UTF8.self)) }
                name = []
                column = byte == UInt8(ascii: ",") ? column + 1 : 0
                if byte == UInt8(ascii: "\n") { inHeader = false }
                fieldStart = true
            } else {
                if inHeader { name.append(byte) }
                fieldStart = false
            }
        }
        return fields
    }

    @Test(arguments: [9, 10, 16, 33])
    func csvMatchesAReferenceParserAtEveryOffset(chunkSize: Int) throws {
        var random = SplitMix(seed: UInt64(chunkSize))
        let pieces = ["a", "bc", ",", ",", "\n", "\"", "\"\"", "x y", "\"q,\nq\"", "z\"z"]
        let tree = try TempTree()
        defer { tree.remove() }
        for round in 0..<40 {
            var content = Array("h1,h2,h3,h4\n".utf8)
            for _ in 0..<random.next(upTo: 80) { content += Array(pieces[random.next(upTo: pieces.count)].utf8) }
            let name = "r\(round).csv"
            try tree.create(name, .bytes(content))
            let expected = Self.referenceCSVFields(content)
            let tracker = try #require(FieldTracker.make(forPath: tree.path(name), naming: .verbatim))
            var actual: [String?] = []
            _ = ChunkReader(chunkSize: chunkSize, overlap: 4, lookbehind: 2).read(tree.path(name)) { chunk in
                for offset in chunk.reportFrom..<chunk.reportUntil {
                    actual.append(tracker.field(atFileOffset: chunk.fileOffset + offset, in: chunk))
                }
                tracker.consume(chunk)
                return true
            }
            #expect(actual == expected, "round \(round)")
        }
    }

    @Test func tsvUsesTabs() throws {
        let fields = try Self.fields("x.tsv", "name\tmail\nbob\tbob@x\n", markers: ["bob", "bob@"], chunkSize: 64)
        #expect(fields == ["name", "mail"])
    }

    @Test(arguments: [11, 16, 64, 4096])
    func jsonKeyPaths(chunkSize: Int) throws {
        let json = """
            {"customer": {"email": "V1", "tags": ["V2", {"k\\"q": "V3"}]},
             "items": [{"phone": "V4"}, {"phone": "V5"}, {"phone": "V6", "x": [[1, "V7"]]}], "n": 5, "z": "V8"}
            """
        let fields = try Self.fields(
            "order.json", json, markers: ["V1", "V2", "V3", "V4", "V5", "V6", "V7", "V8"],
            chunkSize: chunkSize)
        #expect(
            fields == [
                "$.customer.email", "$.customer.tags[0]", "$.customer.tags[1].k\\\"q", "$.items[0].phone",
                "$.items[1].phone", "$.items[2].phone", "$.items[2].x[0][1]", "$.z",
            ])
    }

    @Test func ndjsonStartsEachLineAfresh() throws {
        let ndjson = "{\"a\": \"V1\", \"broken\": \"unterminated\n{\"b\": [\"V2\"]}\n\"V3\"\n"
        let fields = try Self.fields("log.jsonl", ndjson, markers: ["V1", "V2", "V3"], chunkSize: 16)
        #expect(fields == ["$.a", "$.b[0]", nil])
    }

    @Test(arguments: ["a.txt", "dir.csv/file", "README", "x.json.gz"])
    func unstructuredFilesHaveNoTracker(path: String) {
        #expect(FieldTracker.make(forPath: path, naming: .verbatim) == nil)
    }

    @Test func answersAnEarlierOffsetInTheSameChunk() throws {
        let tree = try TempTree(["t.csv": "a,b\n1,2\n"])
        defer { tree.remove() }
        let tracker = try #require(FieldTracker.make(forPath: tree.path("t.csv"), naming: .verbatim))
        var fields: [String?] = []
        _ = ChunkReader(overlap: 4).read(tree.path("t.csv")) { chunk in
            fields = [6, 4].map { tracker.field(atFileOffset: $0, in: chunk) }
            return true
        }
        #expect(fields == ["b", "a"])
    }
}
