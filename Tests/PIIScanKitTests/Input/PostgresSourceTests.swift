import Foundation
import LibPQ
import PIIScanTestSupport
import Testing

@testable import PIIScanKit

/// The PostgreSQL source against a real server: schema walk, bounded sampling, and contained failures.
@Suite("PostgresSource", .enabled(if: PostgresFixture.isAvailable, Comment(rawValue: PostgresFixture.skipReason)))
final class PostgresSourceTests {
    let fixture: PostgresFixture
    let store: PostgresStore

    init() throws {
        fixture = try PostgresFixture()
        store = try PostgresStore(target: PostgresFixture.target)
    }

    private var ownSchema: DatabaseFilter { DatabaseFilter(includeGlobs: [fixture.schema]) }

    private func session(_ limits: SampleLimits = SampleLimits()) throws -> any DatabaseSession {
        try store.openSession(limits: limits)
    }

    @Test func schemaWalkKeepsTablesParentsAndMatviewsAndViewsOnlyWhenAsked() throws {
        try fixture.execute(
            """
            CREATE TABLE customers (id int, email text, secret_col text, born date, active boolean);
            COMMENT ON COLUMN customers.email IS 'courriel du client';
            """)
        try fixture.execute(
            """
            CREATE TABLE events (id bigint, at timestamptz, payload jsonb, tags text[]) PARTITION BY RANGE (id);
            CREATE TABLE events_1 PARTITION OF events FOR VALUES FROM (0) TO (1000);
            CREATE TABLE events_2 PARTITION OF events FOR VALUES FROM (1000) TO (2000);
            INSERT INTO events SELECT g, now(), '{}', '{}' FROM generate_series(0, 1999) g;
            ANALYZE events;
            CREATE MATERIALIZED VIEW totals AS SELECT count(*) AS n FROM customers;
            CREATE VIEW active_customers AS SELECT id, email FROM customers WHERE active;
            """)
        let walk = try session()
        let tables = try walk.tables(matching: ownSchema)
        #expect(tables.map(\.name) == ["customers", "events", "totals"])
        #expect(tables.map(\.kind) == [.table, .partitioned, .materializedView])
        #expect(tables.allSatisfy { $0.schema == fixture.schema })
        let customers = try #require(tables.first)
        #expect(customers.columns.map(\.name) == ["id", "email", "secret_col", "born", "active"])
        #expect(customers.columns.map(\.typeClass) == [.integer, .text, .text, .date, .boolean])
        #expect(customers.columns[1].comment == "courriel du client")
        #expect(customers.columns[0].comment == nil)
        let events = tables[1]
        #expect(events.estimatedRows == 2000)
        #expect(events.columns.map(\.typeClass) == [.integer, .timestamp, .json, .array])
        #expect(events.columns.map(\.declaredType) == ["bigint", "timestamp with time zone", "jsonb", "text[]"])

        var withViews = ownSchema
        withViews.includeViews = true
        let all = try walk.tables(matching: withViews)
        #expect(all.map(\.name) == ["active_customers", "customers", "events", "totals"])
        #expect(all.first?.kind == .view)

        let excluded = DatabaseFilter(
            includeGlobs: [fixture.schema], excludeGlobs: ["\(fixture.schema).customers.secret_*", "*.totals"])
        let kept = try walk.tables(matching: excluded)
        #expect(kept.map(\.name) == ["customers", "events"])
        #expect(kept.first?.columns.map(\.name) == ["id", "email", "born", "active"])
    }

    @Test func walkWithoutFilterSkipsSystemSchemasAndExcludedSchemasCostNothing() throws {
        try fixture.execute("CREATE TABLE t (a text)")
        let walk = try session()
        let tables = try walk.tables(matching: DatabaseFilter())
        #expect(tables.contains { $0.schema == fixture.schema && $0.name == "t" })
        #expect(!tables.contains { $0.schema.hasPrefix("pg_") || $0.schema == "information_schema" })
        let without = try walk.tables(matching: DatabaseFilter(excludeGlobs: [fixture.schema]))
        #expect(!without.contains { $0.schema == fixture.schema })
    }

    @Test func samplingABigTableIsBoundedAndNotJustTheFirstRows() throws {
        try fixture.execute(
            """
            CREATE TABLE big AS SELECT g AS id, 'user' || g || '@example.com' AS email
              FROM generate_series(1, 200000) g;
            ANALYZE big;
            """)
        let sampler = try session()
        let table = try #require(try sampler.tables(matching: ownSchema).first)
        #expect(table.estimatedRows == 200_000)
        let start = Date()
        let sample = try sampler.sample(table)
        #expect(Date().timeIntervalSince(start) < 2)
        #expect(sample.rowsSampled <= 1000 && sample.rowsSampled >= 500)
        #expect(sample.columns.count == 2 && sample.columns[1].count == sample.rowsSampled)
        let ids = sample.columns[0].compactMap { Int(String(decoding: $0, as: UTF8.self)) }
        #expect(ids.contains { $0 > 1000 }, "TABLESAMPLE draws pages from the whole table")
        #expect(ids.contains { $0 > 100_000 }, "TABLESAMPLE draws pages from the whole table")
        #expect(try sampler.sample(table).columns == sample.columns, "the same sample for the same seed")
        #expect(sample.method == .systemSample(percent: 1, seed: 0))
    }

    /// A table never analysed (`reltuples` unknown) is sized from its pages, so its sample reaches its last pages
    /// instead of being its first rows on disk.
    @Test func aNeverAnalysedTableIsSampledAcrossAllItsPages() throws {
        try fixture.execute(
            """
            CREATE TABLE fresh (id int, email text, filler text) WITH (autovacuum_enabled = false);
            INSERT INTO fresh SELECT g, 'user' || g || '@example.com', repeat('x', 100)
              FROM generate_series(1, 200000) g;
            """)
        var limits = SampleLimits()
        limits.seed = 99
        let sampler = try session(limits)
        let table = try #require(try sampler.tables(matching: ownSchema).first)
        #expect(table.estimatedRows == nil, "never analysed")
        #expect((table.pages ?? 0) > 1000)
        let start = Date()
        let sample = try sampler.sample(table)
        #expect(Date().timeIntervalSince(start) < 2)
        #expect(sample.rowsSampled >= 900 && sample.rowsSampled <= 1000)
        let ids = sample.columns[0].compactMap { Int(String(decoding: $0, as: UTF8.self)) }
        #expect(ids.contains { $0 > 150_000 }, "rows from the last quarter of the pages")
        #expect(ids.filter { $0 <= 1000 }.count < 100, "not the first rows on disk")
        guard case .systemSample(_, 99) = sample.method else {
            Issue.record("sampled by \(sample.method)")
            return
        }
    }

    @Test func aNewSeedDrawsOtherPagesAndTheSameSeedTheSameRows() throws {
        try fixture.execute(
            "CREATE TABLE t AS SELECT g AS id FROM generate_series(1, 100000) g; ANALYZE t;")
        let table = try #require(try session().tables(matching: ownSchema).first)
        func sample(seed: UInt32) throws -> TableSample {
            var limits = SampleLimits()
            limits.seed = seed
            return try session(limits).sample(table)
        }
        let first = try sample(seed: 1)
        #expect(try sample(seed: 1).columns == first.columns)
        #expect(Set(try sample(seed: 2).columns[0]) != Set(first.columns[0]))
    }

    @Test func aSmallTableIsReadWholeOrPickedFromAtRandom() throws {
        try fixture.execute("CREATE TABLE small AS SELECT g AS id FROM generate_series(1, 300) g")
        let table = try #require(try session().tables(matching: ownSchema).first)
        #expect(try session().sample(table).method == .wholeTable)
        var limits = SampleLimits()
        limits.rows = 100
        limits.seed = 5
        let picked = try session(limits).sample(table)
        #expect(picked.method == .randomRows(kept: 100, read: 300, seed: 5))
        let ids = picked.columns[0].compactMap { Int(String(decoding: $0, as: UTF8.self)) }
        #expect(Set(ids).count == 100 && ids.contains { $0 > 200 } && ids.contains { $0 <= 100 })
    }

    @Test func samplingAPartitionedParentDrawsFromEveryPartition() throws {
        try fixture.execute(
            """
            CREATE TABLE parts (id int, v text) PARTITION BY RANGE (id);
            CREATE TABLE parts_low PARTITION OF parts FOR VALUES FROM (0) TO (100000);
            CREATE TABLE parts_high PARTITION OF parts FOR VALUES FROM (100000) TO (200000);
            INSERT INTO parts SELECT g, 'v' FROM generate_series(0, 199999) g;
            ANALYZE parts;
            """)
        let sampler = try session()
        let tables = try sampler.tables(matching: ownSchema)
        #expect(tables.map(\.name) == ["parts"])
        let sample = try sampler.sample(try #require(tables.first))
        #expect(sample.rowsSampled <= 1000 && sample.rowsSampled >= 500)
        let ids = sample.columns[0].compactMap { Int(String(decoding: $0, as: UTF8.self)) }
        #expect(ids.contains { $0 < 100_000 } && ids.contains { $0 >= 100_000 })
    }

    @Test func weirdIdentifiersJSONArraysAndTruncation() throws {
        try fixture.execute(
            #"""
            CREATE TABLE "Weird ""Name""" ("Mixed Case" text, "sp ace" int, doc jsonb, tags text[], blob bytea);
            INSERT INTO "Weird ""Name""" VALUES
              (repeat('x', 10000), 1, '{"contact": {"email": "ann@example.org"}}', '{a@b.example,"c d"}', 'a@b.c'),
              (NULL, NULL, NULL, NULL, NULL);
            """#)
        var limits = SampleLimits()
        limits.maxValueBytes = 100
        let sampler = try session(limits)
        let table = try #require(try sampler.tables(matching: ownSchema).first)
        #expect(table.name == "Weird \"Name\"")
        #expect(table.columns.map(\.name) == ["Mixed Case", "sp ace", "doc", "tags", "blob"])
        let sample = try sampler.sample(table)
        #expect(sample.rowsSampled == 2)
        #expect(sample.columns[0] == [Array(repeating: UInt8(ascii: "x"), count: 100)])
        #expect(sample.columns[1] == [Array("1".utf8)])
        #expect(sample.columns[2] == [Array(#"{"contact": {"email": "ann@example.org"}}"#.utf8)])
        #expect(sample.columns[3] == [Array(#"{a@b.example,"c d"}"#.utf8)])
        #expect(sample.columns[4].isEmpty, "bytea is skipped unless asked")
        #expect(sample.valuesTruncated == [1, 0, 0, 0, 0])

        limits.includeBinary = true
        let binary = try session(limits).sample(table)
        #expect(binary.columns[4] == [Array("a@b.c".utf8)])
    }

    @Test func tableWithoutSelectRightIsPermissionDenied() throws {
        try fixture.execute("CREATE TABLE open (a text); CREATE TABLE closed (a text); INSERT INTO open VALUES ('x')")
        let role = try fixture.createRole()
        try fixture.execute("GRANT USAGE ON SCHEMA \(fixture.schema) TO \(role); GRANT SELECT ON open TO \(role)")
        let limited = try PostgresStore(target: "\(PostgresFixture.target) user=\(role)").openSession(limits: .init())
        let tables = try limited.tables(matching: ownSchema)
        #expect(tables.map(\.name) == ["closed", "open"])
        let error = #expect(throws: DatabaseError.self) { try limited.sample(tables[0]) }
        #expect(error?.code == .permissionDenied)
        #expect(error?.message.contains("closed") == true)
        #expect(try limited.sample(tables[1]).rowsSampled == 1, "the session goes on after a denied table")
    }

    @Test func slowViewHitsTheStatementTimeout() throws {
        try fixture.execute("CREATE VIEW slow AS SELECT pg_sleep(3)::text AS a")
        var limits = SampleLimits()
        limits.statementTimeoutMilliseconds = 200
        let sampler = try session(limits)
        let filter = DatabaseFilter(includeGlobs: [fixture.schema], includeViews: true)
        let view = try #require(try sampler.tables(matching: filter).first)
        let error = #expect(throws: DatabaseError.self) { try sampler.sample(view) }
        #expect(error?.code == .timeout)
    }
}
