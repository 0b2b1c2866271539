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

    @Test(arguments: ["a.txt", "dir.json/file", "README", "x.json.gz", "t.csv"])
    func unstructuredFilesHaveNoTracker(path: String) {
        #expect(FieldTracker.make(forPath: path, naming: .verbatim) == nil)
    }

    @Test func answersAnEarlierOffsetInTheSameChunk() throws {
        let tree = try TempTree(["t.json": #"{"a": 1, "b": 2}"#])
        defer { tree.remove() }
        let tracker = try #require(FieldTracker.make(forPath: tree.path("t.json"), naming: .verbatim))
        var fields: [String?] = []
        _ = ChunkReader(overlap: 4).read(tree.path("t.json")) { chunk in
            fields = [14, 6].map { tracker.field(atFileOffset: $0, in: chunk) }
            return true
        }
        #expect(fields == ["$.b", "$.a"])
    }
}
