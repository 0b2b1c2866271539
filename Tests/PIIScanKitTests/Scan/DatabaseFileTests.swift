import Foundation
import PIIScanTestSupport
import Testing

@testable import PIIScanKit

/// Database files met in a walk are recognised by their first bytes, whatever their name: a SQLite file on disk is
/// scanned as a `sqlite:` target, the others (and a SQLite file inside an archive) are skipped with their format
/// named.
@Suite("Database files in a walk")
struct DatabaseFileTests {
    static let catalog = try! CatalogLoader.loadBundled()
    static let key = try! FingerprintKey.load(fromHex: String(repeating: "ef", count: 32))

    private func scan(_ targets: [String]) throws -> (findings: [Finding], summary: ScanSummary) {
        var options = ScanOptions()
        options.jobs = 1
        let plan = try ScanPlan(targets: targets, catalog: Self.catalog, options: options, fingerprintKey: Self.key)
        var findings: [Finding] = []
        let summary = try Scanner().run(plan) { findings += $0 }
        return (findings, summary)
    }

    private static func sqliteBytes() throws -> [UInt8] {
        let database = try SQLiteFixture(name: "crm.backup")
        try database.execute(
            "CREATE TABLE people (email TEXT); INSERT INTO people VALUES ('ann.lee@northwind-bikes.co.uk'), "
                + "('bob.fry@northwind-bikes.co.uk');")
        database.finish()
        return Array(try Data(contentsOf: URL(fileURLWithPath: database.path)))
    }

    @Test func sqliteFilesAreScannedAndOtherDatabaseFilesNamed() throws {
        let sqlite = try Self.sqliteBytes()
        let access = [0x00, 0x01, 0x00, 0x00] + Array("Standard Jet DB".utf8) + [UInt8](repeating: 0, count: 64)
        let tree = try TempTree([
            "backup/crm.backup": .bytes(sqlite),
            "lake/events.parquet": .bytes(Array("PAR1".utf8) + [0x15, 0x04, 0x15, 0x00] + Array("PAR1".utf8)),
            "lake/events.avro": .bytes(Array("Obj".utf8) + [0x01, 0x04, 0x14] + Array("avro.schema".utf8)),
            "office/contacts.mdb": .bytes(access),
            "old.zip": .bytes(try ArchiveFixture.bytes(format: "zip", members: [("crm.db", sqlite)])),
        ])
        defer { tree.remove() }
        let (findings, summary) = try scan([tree.root])
        let columns = findings.compactMap(\.columnLocation)
        #expect(columns.map(\.store) == ["sqlite:" + tree.path("backup/crm.backup")])
        #expect(columns.map { "\($0.table).\($0.column)" } == ["people.email"])
        #expect(findings.map(\.type) == ["email"])
        #expect(summary.tablesScanned == 1)
        #expect(summary.filesScanned == 1)
        #expect(
            summary.skipped.map { [$0.item, $0.reason.rawValue, $0.detail ?? ""] } == [
                ["lake/events.avro", "database_file", "Avro file: no reader for it"],
                ["lake/events.parquet", "database_file", "Parquet file: no reader for it"],
                ["office/contacts.mdb", "database_file", "Microsoft Access database: no reader for it"],
                ["old.zip!crm.db", "database_file", "SQLite database inside an archive: not extracted"],
            ])
        #expect(summary.readEverything)
    }

    @Test func aFileAlsoGivenAsATargetIsScannedOnce() throws {
        let tree = try TempTree(["backup/crm.backup": .bytes(try Self.sqliteBytes())])
        defer { tree.remove() }
        let (findings, summary) = try scan([tree.root, "sqlite:" + tree.path("backup/crm.backup")])
        #expect(findings.count == 1)
        #expect(summary.tablesScanned == 1)
    }
}
