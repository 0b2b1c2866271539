import Foundation
import PIIScanTestSupport
import Testing

@testable import PIIScanKit

/// Database files met in a walk are recognised by their first bytes, whatever their name, and skipped with their
/// format named (a SQLite file with how to scan it), on disk and inside archives.
@Suite("Database files in a walk")
struct DatabaseFileTests {
    static let catalog = try! CatalogLoader.loadBundled()
    static let key = try! FingerprintKey.load(fromHex: String(repeating: "ef", count: 32))

    @Test func databaseFilesAreSkippedWithTheirFormatNamed() throws {
        let database = try SQLiteFixture(name: "crm.backup")
        try database.execute(
            "CREATE TABLE people (email TEXT); INSERT INTO people VALUES ('ann@northwind-bikes.co.uk');")
        database.finish()
        let sqlite = Array(try Data(contentsOf: URL(fileURLWithPath: database.path)))
        let access = [0x00, 0x01, 0x00, 0x00] + Array("Standard Jet DB".utf8) + [UInt8](repeating: 0, count: 64)
        let tree = try TempTree([
            "backup/crm.backup": .bytes(sqlite),
            "lake/events.parquet": .bytes(Array("PAR1".utf8) + [0x15, 0x04, 0x15, 0x00] + Array("PAR1".utf8)),
            "lake/events.avro": .bytes(Array("Obj".utf8) + [0x01, 0x04, 0x14] + Array("avro.schema".utf8)),
            "office/contacts.mdb": .bytes(access),
            "old.zip": .bytes(try ArchiveFixture.bytes(format: "zip", members: [("crm.db", sqlite)])),
        ])
        defer { tree.remove() }
        var options = ScanOptions()
        options.jobs = 1
        let plan = try ScanPlan(targets: [tree.root], catalog: Self.catalog, options: options, fingerprintKey: Self.key)
        var findings: [Finding] = []
        let summary = try Scanner().run(plan) { findings += $0 }
        #expect(findings.isEmpty)
        #expect(
            summary.skipped.map { [$0.item, $0.reason.rawValue, $0.detail ?? ""] } == [
                ["backup/crm.backup", "database_file", "SQLite database: scan it as a target, sqlite:PATH"],
                ["lake/events.avro", "database_file", "Avro file: no reader for it"],
                ["lake/events.parquet", "database_file", "Parquet file: no reader for it"],
                ["office/contacts.mdb", "database_file", "Microsoft Access database: no reader for it"],
                ["old.zip!crm.db", "database_file", "SQLite database: scan it as a target, sqlite:PATH"],
            ])
        #expect(summary.readEverything)
    }
}
