import PGQuery
import Testing

@Suite struct PostgresParserTests {
    @Test func parsesIntoTheJSONTreeWithByteLocations() throws {
        let sql = Array("CREATE TABLE é (id int);\nALTER TABLE é ADD COLUMN email text;".utf8)
        let json = String(decoding: try PostgresParser.parse(sql).get(), as: UTF8.self)
        #expect(json.contains("\"CreateStmt\""))
        #expect(json.contains("\"AlterTableStmt\""))
        // `email` starts at byte 52: the `é`s count two bytes each.
        #expect(json.contains("\"colname\":\"email\""))
        #expect(json.contains("\"location\":52"))
    }

    @Test func aSyntaxErrorGivesTheByteOffsetOfTheToken() {
        let sql = Array("SELECT 'é';\nCREATE TABLE t (id int,);".utf8)
        guard case .failure(let error) = PostgresParser.parse(sql) else {
            Issue.record("the parser accepted a trailing comma")
            return
        }
        #expect(error.message.contains("syntax error"))
        #expect(error.offset == sql.firstIndex(of: UInt8(ascii: ")")))
    }

    @Test func aNULByteIsRefusedWhereItIs() {
        guard case .failure(let error) = PostgresParser.parse([65, 0, 66]) else {
            Issue.record("a NUL byte was accepted")
            return
        }
        #expect(error.offset == 1)
    }
}
