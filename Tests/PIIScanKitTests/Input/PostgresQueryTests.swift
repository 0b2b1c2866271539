import Testing

@testable import PIIScanKit

/// The SQL the PostgreSQL source builds: quoting, glob translation, and the choice of sampling method.
@Suite("PostgresQueries")
struct PostgresQueryTests {
    private func table(_ kind: DatabaseTable.Kind, rows: Int?, columns: [(String, ColumnTypeClass)]) -> DatabaseTable {
        DatabaseTable(
            schema: "My Schema", name: "Weird \"Name\"", kind: kind,
            columns: columns.map { DatabaseColumn(name: $0.0, declaredType: "", typeClass: $0.1, comment: nil) },
            estimatedRows: rows)
    }

    @Test func identifiersAreQuotedWithInnerQuotesDoubled() {
        #expect(PostgresSampleQuery.quote("Weird \"Name\"") == #""Weird ""Name""""#)
        #expect(PostgresSampleQuery.quote("users") == #""users""#)
    }

    @Test(arguments: [
        ("audit", "^audit$", "^.*$", "^.*$"),
        ("public.users", "^public$", "^users$", "^.*$"),
        ("*.*.e?ail*", "^.*$", "^.*$", "^e.ail.*$"),
        ("my-app.t$x.a.b", "^my\\-app$", "^t\\$x$", "^a\\.b$"),
        ("user[0-9].[!x]y.[]a-]", "^user[0-9]$", "^[^x]y$", "^[\\]a\\-]$"),
        ("a\\*b.[c", "^a\\*b$", "^\\[c$", "^.*$"),
    ])
    func globsBecomeAnchoredRegexes(glob: String, schema: String, table: String, column: String) {
        let regexes = PostgresGlob.regexes(glob)
        #expect(regexes.schema == schema && regexes.table == table && regexes.column == column)
    }

    @Test func arrayLiteralsEscapeQuotesAndBackslashes() {
        #expect(PostgresGlob.arrayLiteral([]) == "{}")
        #expect(PostgresGlob.arrayLiteral(["^a\\-b$", "x\"y"]) == #"{"^a\\-b$","x\"y"}"#)
    }

    @Test func bigTablesUseTableSampleAndSmallOnesAndViewsUseLimit() throws {
        let columns: [(String, ColumnTypeClass)] = [("email", .text), ("photo", .binary)]
        let big = PostgresSampleQuery(table: table(.table, rows: 5_000_000, columns: columns), limits: SampleLimits())
        let sampled = try #require(big.sampledSQL)
        #expect(sampled.contains(#"FROM "My Schema"."Weird ""Name""" TABLESAMPLE SYSTEM (0.066) REPEATABLE (0)"#))
        #expect(sampled.hasSuffix("LIMIT 1000"))
        #expect(
            big.limitedSQL == #"SELECT left("email"::text, 4096), NULL FROM "My Schema"."Weird ""Name""" LIMIT 1000"#)
        for small in [
            table(.table, rows: 10_000, columns: columns), table(.table, rows: nil, columns: columns),
            table(.view, rows: 5_000_000, columns: columns),
        ] {
            #expect(PostgresSampleQuery(table: small, limits: SampleLimits()).sampledSQL == nil)
        }
        var limits = SampleLimits()
        limits.includeBinary = true
        let binary = PostgresSampleQuery(table: table(.table, rows: 10, columns: columns), limits: limits)
        #expect(binary.limitedSQL.contains(#"encode(substring("photo" FROM 1 FOR 4096), 'escape')"#))
    }

    @Test(arguments: [
        ("int4", "N", ColumnTypeClass.integer), ("numeric", "N", .decimal), ("float8", "N", .floatingPoint),
        ("bool", "B", .boolean), ("date", "D", .date), ("timestamptz", "D", .timestamp), ("jsonb", "U", .json),
        ("bytea", "U", .binary), ("_text", "A", .array), ("uuid", "U", .uuid), ("varchar", "S", .text),
        ("citext", "S", .text), ("inet", "I", .ipAddress), ("cidr", "I", .ipAddress), ("macaddr", "U", .macAddress),
        ("point", "G", .other),
    ])
    func typeClasses(typeName: String, category: String, expected: ColumnTypeClass) {
        #expect(PostgresTypeClass.classify(typeName: typeName, category: category) == expected)
    }
}
