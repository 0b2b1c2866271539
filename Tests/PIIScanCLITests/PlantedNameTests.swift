import Foundation
import PIIScanTestSupport
import Testing

/// Values planted where names come from (CSV headers, JSON keys at any depth, XML and YAML keys, SQL identifiers,
/// file and directory names) never reach any output without `--reveal`: not a report format, not stderr, not the
/// scan store, not the HTML report.
@Suite("Planted names")
struct PlantedNameTests {
    /// One value per position; none is a placeholder (reserved domains, test numbers), so each is a real finding.
    static let planted = [
        "csv": "harriet.vance@quillmail.net",
        "jsonKey": "oswin.pratt@quillmail.net",
        "deepJSONKey": "imogen.frye@quillmail.net",
        "xmlKey": "lena.brook@quillmail.net",
        "yamlKey": "mark.hale@quillmail.net",
        "directory": "ruth.kemp@quillmail.net",
        "file": "tobias.lund@quillmail.net",
        "table": "nina.ortiz@quillmail.net",
        "column": "paul.quinn@quillmail.net",
        "sqlJSONKey": "sara.voss@quillmail.net",
    ]

    static func tree() -> [String: TempTree.Entry] {
        let value = { (key: String) in planted[key]! }
        return [
            "data/headerless.csv": .text("\(value("csv")),+14155552671\nwalt.ives@quillmail.net,+14155552672\n"),
            "data/keyed.json": .text(#"{"users": {"\#(value("jsonKey"))": {"phone": "+14155552673"}}}"# + "\n"),
            "data/deep.jsonl": .text(
                #"{"a": {"b": [{"\#(value("deepJSONKey"))": {"contact": {"email": "x.y@quillmail.net"}}}]}}"# + "\n"),
            "data/contacts.xml": .text("<c><\(value("xmlKey")) phone=\"+14155552674\"/></c>\n"),
            "data/contacts.yaml": .text("\(value("yamlKey")):\n  phone: \"+14155552675\"\n"),
            "data/\(value("directory"))/notes.txt": .text("call +14155552676\n"),
            "data/\(value("file")).txt": .text("mail q.r@quillmail.net\n"),
        ]
    }

    static func database(in directory: String) throws -> SQLiteFixture {
        let database = try SQLiteFixture(name: "crm.db")
        let table = planted["table"]!
        let column = planted["column"]!
        try database.execute(#"CREATE TABLE "\#(table)" (id INTEGER PRIMARY KEY, "\#(column)" TEXT, profile TEXT)"#)
        try database.insert(
            into: table, columns: [column, "profile"],
            rows: (1...20).map { index in
                [
                    "member\(index).x@quillmail.net",
                    #"{"\#(planted["sqlJSONKey"]!)": {"phone": "+1415555\#(2700 + index)"}}"#,
                ]
            })
        database.finish()
        return database
    }

    @Test("no planted value in any format, the store or the HTML report; masks in their place")
    func plantedValuesNeverLeak() throws {
        let tree = try TempTree(Self.tree())
        let database = try Self.database(in: tree.root)
        let piiscan = try PIIScanProcess()
        let store = "sqlite:" + tree.path("store.db")
        var outputs: [String: String] = [:]
        for format in ["jsonl", "json", "sarif", "text", "markdown"] {
            let result = try piiscan.run(
                ["scan", "data", database.target, "--format", format, "--jobs", "2", "--store", store],
                in: tree.root)
            #expect(result.status == 1, "\(format): \(result.stderr)")
            outputs[format] = result.stdout
            outputs[format + " stderr"] = result.stderr
        }
        let html = try piiscan.run(["report", "--html", "report.html", "--store", store], in: tree.root)
        #expect(html.status == 0, "\(html.stderr)")
        outputs["html"] = String(decoding: try TempTree.read(tree.path("report.html")), as: UTF8.self)
        let history = try piiscan.run(["history", "--store", store], in: tree.root)
        outputs["history"] = history.stdout + history.stderr
        for name in ["store.db", "store.db-wal"] where FileManager.default.fileExists(atPath: tree.path(name)) {
            outputs[name] = String(decoding: try TempTree.read(tree.path(name)), as: UTF8.self)
        }
        for (position, value) in Self.planted {
            for (output, text) in outputs {
                #expect(!text.contains(value), "the \(position) value leaks into \(output)")
            }
        }
        let jsonl = outputs["jsonl"]!
        #expect(jsonl.contains(#""field":"$.users.o***@q***.net.phone""#))
        #expect(jsonl.contains(#""path":"r***@q***.net~"#))
        #expect(jsonl.contains(#""table":"n***@q***.net""#) && jsonl.contains(#""column":"p***@q***.net""#))
        #expect(jsonl.contains(#""json_path":"$.s***@q***.net.phone""#))
    }

    @Test("a headerless CSV names no field after its first row; a real header still names its columns")
    func headerIsDecidedFromTheData() throws {
        let tree = try TempTree([
            "headerless.csv": .text(
                "1001,ann.lee@quillmail.net,+14155552671\n1002,bo.kim@quillmail.net,+14155552672\n"),
            "header.csv": .text("id,Email,Phone\n1001,ann.lee@quillmail.net,+14155552671\n"),
            "names-only.csv": .text("Customer,Notes\nann.lee@quillmail.net,call back\n"),
        ])
        let result = try PIIScanProcess().run(["scan", ".", "--format", "jsonl", "--jobs", "1"], in: tree.root)
        let records = try result.jsonLines()
        let fields = { (path: String) in
            Set(records.filter { $0["path"] as? String == path }.map { $0["field"] as? String })
        }
        #expect(fields("headerless.csv") == [nil])
        #expect(fields("header.csv") == ["Email", "Phone"])
        #expect(fields("names-only.csv") == ["Customer"])
    }

    @Test("--reveal keeps names as written")
    func revealKeepsNames() throws {
        let tree = try TempTree(Self.tree())
        let result = try PIIScanProcess().run(
            ["scan", "data", "--format", "jsonl", "--jobs", "1", "--reveal", "--no-store"], in: tree.root)
        #expect(result.stdout.contains(#""path":"\#(Self.planted["directory"]!)/notes.txt""#))
        #expect(result.stdout.contains("$.users.\(Self.planted["jsonKey"]!).phone"))
    }
}
