import Testing

@testable import PIIScanKit

/// The SQL the PostgreSQL source builds: quoting, glob translation, and the choice of sampling method.
@Suite("PostgresQueries")
struct PostgresQueryTests {
    private func table(
        _ kind: DatabaseTable.Kind, rows: Int?, pages: Int? = nil, columns: [(String, ColumnTypeClass)]
    ) -> DatabaseTable {
        DatabaseTable(
            schema: "My Schema", name: "Weird \"Name\"", kind: kind,
            columns: columns.map { DatabaseColumn(name: $0.0, declaredType: "", typeClass: $0.1, comment: nil) },
            estimatedRows: rows, pages: pages)
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

    @Test func bigTablesAreSampledSmallOnesReadWholeAndViewsLimited() {
        let columns: [(String, ColumnTypeClass)] = [("email", .text), ("photo", .binary)]
        var limits = SampleLimits()
        limits.seed = 12345
        let big = PostgresSampleQuery(table: table(.table, rows: 5_000_000, columns: columns), limits: limits)
        #expect(big.strategy == .systemSample(percent: 0.04))
        #expect(
            big.sampledSQL(percent: 0.04)
                == #"SELECT left("email"::text, 4097), NULL FROM "My Schema"."Weird ""Name""" "#
                + "TABLESAMPLE SYSTEM (0.04) REPEATABLE (12345)")
        #expect(
            big.limitedSQL == #"SELECT left("email"::text, 4097), NULL FROM "My Schema"."Weird ""Name""" LIMIT 1000"#)
        #expect(
            PostgresSampleQuery(table: table(.table, rows: 10_000, columns: columns), limits: limits).strategy
                == .wholeTable)
        #expect(
            PostgresSampleQuery(table: table(.view, rows: nil, columns: columns), limits: limits).strategy == .firstRows
        )
        var binary = limits
        binary.includeBinary = true
        let withBinary = PostgresSampleQuery(table: table(.table, rows: 10, columns: columns), limits: binary)
        #expect(withBinary.wholeSQL.contains(#"encode(substring("photo" FROM 1 FOR 4097), 'escape')"#))
    }

    /// A never-analysed table has no row estimate: its pages stand in, at a deliberately high density, so a
    /// table of many pages is sampled across them instead of read from its first rows.
    @Test func neverAnalysedTablesAreSizedByTheirPages() {
        let columns: [(String, ColumnTypeClass)] = [("email", .text)]
        let unknown = PostgresSampleQuery(
            table: table(.table, rows: nil, pages: 50_000, columns: columns), limits: SampleLimits())
        #expect(unknown.assumedRows == 50_000 * PostgresSampleQuery.guessedRowsPerPage)
        guard case .systemSample(let percent) = unknown.strategy else {
            Issue.record("a 50,000-page table must be sampled, not read whole")
            return
        }
        #expect(percent < 0.1)
        let analysedEmpty = PostgresSampleQuery(
            table: table(.table, rows: 0, pages: 50_000, columns: columns), limits: SampleLimits())
        #expect(analysedEmpty.strategy == unknown.strategy, "an estimate of 0 rows over 50,000 pages is stale")
        let tiny = PostgresSampleQuery(
            table: table(.table, rows: nil, pages: 10, columns: columns), limits: SampleLimits())
        #expect(tiny.strategy == .wholeTable)
    }

    @Test func aShortSampleIsReaimedByItsYieldUpToTheWholeTable() {
        let query = PostgresSampleQuery(table: table(.table, rows: 5_000_000, columns: []), limits: SampleLimits())
        #expect(query.nextPercent(after: 0.04, rowsRead: 1000) == nil, "enough rows")
        #expect(query.nextPercent(after: 0.04, rowsRead: 100) == 0.8, "20 times the percent for a tenth of the rows")
        #expect(query.nextPercent(after: 0.04, rowsRead: 0) == 0.64, "16 times when nothing came back")
        #expect(query.nextPercent(after: 0.04, rowsRead: 999) == 0.0801, "a little more for a little short")
        #expect(query.nextPercent(after: 10, rowsRead: 1) == 100)
        #expect(query.nextPercent(after: 100, rowsRead: 1) == nil)
    }

    @Test func sampleMethodsDescribeThemselvesWithoutValues() {
        #expect(SampleMethod.wholeTable.description == "whole table")
        #expect(
            SampleMethod.randomRows(kept: 1000, read: 3456, seed: 7).description == "random 1000 of 3456 rows, seed 7")
        #expect(SampleMethod.systemSample(percent: 0.04, seed: 12345).description == "system sample 0.04%, seed 12345")
        #expect(SampleMethod.systemSample(percent: 3.3, seed: 1).description == "system sample 3.3%, seed 1")
        #expect(SampleMethod.systemSample(percent: 100, seed: 1).description == "system sample 100%, seed 1")
        #expect(SampleMethod.keyRanges(key: .rowid, count: 32, seed: 9).description == "rowid ranges ×32, seed 9")
        #expect(
            SampleMethod.keyRanges(key: .primaryKey, count: 3, seed: 9).description == "primary key ranges ×3, seed 9")
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
