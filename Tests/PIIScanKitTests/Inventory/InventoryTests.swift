import PIIScanKit
import Testing

/// Grouping findings by declared system or discovered location.
@Suite("Inventory")
struct InventoryTests {
    static func file(_ path: String, _ category: String) -> Finding {
        Finding(
            type: "t", category: category, detector: "d", confidence: 0.9, evidence: "***", fingerprint: "f",
            source: .file, location: .file(FileLocation(path: path, line: 1, column: 1, start: 0, end: 1)))
    }

    static func column(_ store: String, _ table: String, _ category: String) -> Finding {
        Finding(
            type: "t", category: category, detector: "d", confidence: 0.9, evidence: "***", fingerprint: "f",
            source: .sqlite,
            location: .column(
                ColumnLocation(store: store, schema: "main", table: table, column: "c", rowsSampled: 5, rowsMatched: 5))
        )
    }

    @Test func groupsUnclaimedFindingsByTopLevelDirectoryAndStore() {
        var inventory = Inventory()
        inventory.add([
            Self.file("exports/a.csv", "user.contact.email"), Self.file("exports/deep/b.csv", "user.contact.email"),
            Self.file("hr/staff.tsv", "user.name"), Self.file("notes.txt", "user.name"),
            Self.column("sqlite:db/crm.db", "customers", "user.contact.phone_number"),
        ])
        let systems = inventory.systems
        #expect(systems.map(\.id) == ["crm", "exports", "hr", "notes-txt"])
        #expect(systems[1].categories == ["user.contact.email": 2])
        #expect(systems[1].location == .path("exports"))
        #expect(systems[0].location == .store("sqlite:db/crm.db", tables: []))
        #expect(systems.allSatisfy { !$0.declared })
    }

    @Test func declaredSystemsClaimTheirLocations() {
        let document = RoPADocument(
            organization: "X", systems: [RoPASystem(id: "crm", locations: [.path("exports/**")])])
        var inventory = Inventory(document: document)
        inventory.add([Self.file("exports/a.csv", "user.contact.email"), Self.file("hr/s.tsv", "user.name")])
        #expect(inventory.systems.map(\.id) == ["crm", "hr"])
        #expect(inventory.systems.map(\.declared) == [true, false])
    }

    @Test func takesTheTopLevelDirectoryUnderEachRoot() {
        var inventory = Inventory(roots: ["/data/a", "b/"])
        inventory.add([Self.file("/data/a/exports/x.csv", "user.name"), Self.file("b/hr/y.txt", "user.name")])
        #expect(inventory.systems.map(\.id) == ["exports", "hr"])
        #expect(inventory.systems.map(\.location) == [.path("/data/a/exports"), .path("b/hr")])
    }
}
