import Testing

@testable import PIIScanKit

/// Mapping findings to declared systems through path globs and store locators.
@Suite("System resolver")
struct SystemResolverTests {
    private static let document = RoPADocument(
        organization: "Test",
        systems: [
            RoPASystem(id: "exports", locations: [.path("exports/**")]),
            RoPASystem(id: "crm-exports", locations: [.path("exports/crm/**")]),
            RoPASystem(id: "logs", locations: [.path("./logs/"), .path("*.log")]),
            RoPASystem(id: "crm", locations: [.store("postgres://app:secret@CRM-DB/crm?sslmode=require", tables: [])]),
            RoPASystem(id: "crm-billing", locations: [.store("postgres://crm-db:5432/crm", tables: ["billing.*"])]),
            RoPASystem(id: "app", locations: [.store("sqlite:./data/app.db", tables: ["main.users"])]),
            RoPASystem(id: "app-all", locations: [.store("sqlite:data/app.db", tables: ["main.*"])]),
        ])

    private let resolver = SystemResolver(document: Self.document)

    @Test(
        "file paths map by glob, most specific first",
        arguments: [
            ("exports/customers.csv", "exports"),
            ("exports/crm/2024/leads.csv", "crm-exports"),
            ("logs/app.log", "logs"),
            ("logs/archive/old.txt", "logs"),
            ("./exports/a.csv", "exports"),
            ("server.log", "logs"),
        ])
    func filePaths(path: String, expected: String) {
        #expect(resolver.system(for: RoPAFixtures.file(path))?.id == expected)
    }

    /// A finding inside an archive belongs where the archive on disk is, whatever its member is called.
    @Test func aFindingInsideAnArchiveMapsByTheArchivesPath() throws {
        var finding = RoPAFixtures.file("customers.csv")
        finding.location = .file(
            FileLocation(path: "customers.csv", line: 1, column: 1, start: 0, end: 10, container: ["exports/old.zip"]))
        #expect(resolver.system(for: finding)?.id == "exports")
    }

    @Test("an unclaimed path resolves to no system")
    func unclaimed() {
        #expect(resolver.system(for: RoPAFixtures.file("hr/staff.tsv")) == nil)
        #expect(resolver.system(for: RoPAFixtures.file("exportsx/a.csv")) == nil)
    }

    @Test("PostgreSQL locators compare without credentials, options, case or default port")
    func postgresLocators() {
        let contacts = RoPAFixtures.column("postgres://crm-db:5432/crm", schema: "public", table: "contacts")
        #expect(resolver.system(for: contacts)?.id == "crm")
        let invoices = RoPAFixtures.column("postgres://crm-db:5432/crm", schema: "billing", table: "invoices")
        #expect(resolver.system(for: invoices)?.id == "crm-billing")
        let other = RoPAFixtures.column("postgres://crm-db:5433/crm", schema: "public", table: "contacts")
        #expect(resolver.system(for: other) == nil)
    }

    @Test("SQLite paths are normalised, and table globs narrow a store")
    func sqliteLocators() {
        #expect(resolver.system(for: RoPAFixtures.column("sqlite:data/app.db", table: "users"))?.id == "app")
        #expect(resolver.system(for: RoPAFixtures.column("sqlite://data/app.db", table: "orders"))?.id == "app-all")
        #expect(resolver.system(for: RoPAFixtures.column("sqlite:data/app.db", schema: "aux", table: "t")) == nil)
        #expect(resolver.system(for: RoPAFixtures.column("sqlite:other.db", table: "users")) == nil)
    }

    @Test("equally specific locations resolve to the first declared system")
    func firstDeclaredWins() {
        let document = RoPADocument(
            organization: "Test",
            systems: [
                RoPASystem(id: "first", locations: [.path("data/*.csv")]),
                RoPASystem(id: "second", locations: [.path("data/?.csv")]),
            ])
        #expect(SystemResolver(document: document).system(for: RoPAFixtures.file("data/a.csv"))?.id == "first")
    }

    @Test("a file finding never matches a store, nor a column a path")
    func kindsDoNotMix() {
        let document = RoPADocument(
            organization: "Test",
            systems: [RoPASystem(id: "db", locations: [.store("sqlite:app.db", tables: []), .path("**")])])
        let resolver = SystemResolver(document: document)
        #expect(resolver.system(for: RoPAFixtures.file("app.db"))?.id == "db")
        #expect(resolver.system(for: RoPAFixtures.column("sqlite:x.db", table: "t")) == nil)
    }
}
