import Testing

@testable import PIIScanKit

@Suite("Migration layouts and order")
struct MigrationOrderTests {
    /// The paths `layout` applies, in order.
    private func ordered(_ paths: [String]) -> (MigrationLayout, [String]) {
        let layout = MigrationOrder.layout(of: paths)
        let keyed = paths.compactMap { path in MigrationOrder.key(path, layout: layout).map { ($0, path) } }
        return (layout, keyed.sorted { $0.0 < $1.0 }.map(\.1))
    }

    @Test("Flyway: versions compare as numbers by dotted or underscored parts; repeatables last; undo ignored")
    func flyway() {
        let (layout, order) = ordered([
            "R__views.sql", "V10__ten.sql", "V2__two.sql", "V1_1__one_one.sql", "V1.2__one_two.sql", "V1__one.sql",
            "U2__undo.sql", "R__a_first.sql", "notes.sql",
        ])
        #expect(layout == .flyway)
        #expect(
            order == [
                "V1__one.sql", "V1_1__one_one.sql", "V1.2__one_two.sql", "V2__two.sql", "V10__ten.sql",
                "R__a_first.sql",
                "R__views.sql",
            ])
    }

    @Test("golang-migrate: .up.sql by number, .down.sql not applied")
    func golangMigrate() {
        let (layout, order) = ordered(["10_c.up.sql", "2_b.up.sql", "2_b.down.sql", "1_a.up.sql", "1_a.down.sql"])
        #expect(layout == .golangMigrate)
        #expect(order == ["1_a.up.sql", "2_b.up.sql", "10_c.up.sql"])
    }

    @Test("Prisma: migration.sql files by their directory's timestamp")
    func prisma() {
        let (layout, order) = ordered([
            "20240301000000_b/migration.sql", "20231201120000_a/migration.sql", "migration_lock.toml.sql",
        ])
        #expect(layout == .prisma)
        #expect(order == ["20231201120000_a/migration.sql", "20240301000000_b/migration.sql"])
    }

    @Test("numbered and timestamped files by their number, whatever its width")
    func numbered() {
        let (layout, order) = ordered(["20240101120000_late.sql", "9_nine.sql", "010_ten.sql", "002-two.sql"])
        #expect(layout == .numbered)
        #expect(order == ["002-two.sql", "9_nine.sql", "010_ten.sql", "20240101120000_late.sql"])
    }

    @Test("anything else: plain, by path in byte order")
    func plain() {
        let (layout, order) = ordered(["schema.sql", "b/x.sql", "a/z.sql", "Z.sql"])
        #expect(layout == .plain)
        #expect(order == ["Z.sql", "a/z.sql", "b/x.sql", "schema.sql"])
    }

    @Test("version comparison: leading zeros, missing parts and very long numbers")
    func versions() {
        #expect(MigrationOrder.compareVersions(["01"], ["1"]) == 0)
        #expect(MigrationOrder.compareVersions(["1"], ["1", "0"]) == 0)
        #expect(MigrationOrder.compareVersions(["1"], ["1", "1"]) < 0)
        #expect(MigrationOrder.compareVersions(["99999999999999999999"], ["100000000000000000000"]) < 0)
    }
}
