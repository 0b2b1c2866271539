import Foundation
import Testing

@testable import PIIScanKit

/// Each violation kind, its severity and grouping, from documents and findings built in Swift.
@Suite("Reconciler")
struct ReconcilerTests {
    static let taxonomy = try! CatalogLoader.loadTaxonomy()
    static let now = Date(timeIntervalSince1970: 1_800_000_000)
    static let year = 365.0 * 86_400

    static let document = RoPADocument(
        organization: "Test", scope: RoPAScope(exclude: ["archive"]),
        systems: [
            RoPASystem(id: "crm", owner: "crm@example.org", locations: [.store("sqlite:crm.db", tables: [])]),
            RoPASystem(id: "exports", locations: [.path("exports/**")]),
            RoPASystem(id: "archive", owner: "it@example.org", locations: [.path("archive/**")]),
        ],
        activities: [
            RoPAActivity(
                id: "support", owner: "support@example.org", dataCategories: ["user.contact", "user.name"],
                retention: RoPARetention(text: "P1Y", seconds: year), systems: ["crm", "exports"]),
            RoPAActivity(
                id: "care", specialCategoryCondition: "health_care", dataCategories: ["user.health_and_medical"],
                dpia: .required, systems: ["crm"]),
            RoPAActivity(id: "archiving", systems: ["archive"]),
        ])

    private func reconcile(_ findings: [Finding], coverage: ScanCoverage = ScanCoverage()) -> [Violation] {
        Reconciler(document: Self.document, taxonomy: Self.taxonomy, minConfidence: 0.5, now: Self.now)
            .reconcile(findings, coverage: coverage)
    }

    @Test("a category declared through a parent raises nothing")
    func parentCovers() {
        let findings = [RoPAFixtures.file("exports/a.csv", category: "user.contact.email")]
        #expect(reconcile(findings).isEmpty)
    }

    @Test("an undeclared category names the system, its owner, and the YAML that declares it")
    func undeclared() throws {
        let findings = [
            RoPAFixtures.column("sqlite:crm.db", table: "cards", category: "user.financial.credit_card"),
            RoPAFixtures.column("sqlite:./crm.db", table: "cards2", category: "user.financial.credit_card"),
        ]
        let violation = try #require(reconcile(findings).first)
        #expect(violation.kind == .undeclaredCategory)
        #expect(violation.severity == .medium)
        #expect(violation.system == "crm")
        #expect(violation.owner == "crm@example.org")
        #expect(violation.category == "user.financial.credit_card")
        #expect(violation.count == 2)
        #expect(violation.locations.count == 2)
        #expect(violation.suggestion.contains("data_categories: [user.contact, user.name, user.financial.credit_card]"))
    }

    @Test("quasi-identifiers alone raise low violations; with other PII the usual severity")
    func quasiIdentifiers() throws {
        var gender = RoPAFixtures.column("sqlite:crm.db", table: "people", category: "user.demographic.gender")
        gender.quasiIdentifier = true
        let undeclared = try #require(reconcile([gender]).first)
        #expect(undeclared.kind == .undeclaredCategory)
        #expect(undeclared.severity == .low)
        var city = RoPAFixtures.column("sqlite:hr.db", table: "staff", category: "user.contact.address.city")
        city.quasiIdentifier = true
        let shadow = try #require(reconcile([city]).first)
        #expect(shadow.kind == .shadowStore)
        #expect(shadow.severity == .low)
        let mixed = reconcile([
            city, RoPAFixtures.column("sqlite:hr.db", table: "staff", category: "user.contact.email"),
        ])
        #expect(mixed.contains { $0.severity == .high && $0.category == "user.contact.email" })
    }

    @Test("PII where no system claims the location is a high shadow store, one per directory and category")
    func shadowStore() {
        let findings = [
            RoPAFixtures.file("hr/staff.tsv", line: 1), RoPAFixtures.file("hr/staff.tsv", line: 2),
            RoPAFixtures.file("hr/old/x.tsv", category: "user.name", type: "name"),
        ]
        let violations = reconcile(findings)
        #expect(violations.map(\.kind) == [.shadowStore, .shadowStore])
        #expect(violations.allSatisfy { $0.severity == .high && $0.system == nil })
        #expect(violations.map { $0.locations.map(\.description) } == [["hr/staff.tsv"], ["hr/old/x.tsv"]])
        #expect(violations.map(\.category) == ["user.contact.email", "user.name"])
        #expect(violations[0].count == 2)
        #expect(violations[0].suggestion.contains("path: hr/**"))
        #expect(violations[1].suggestion.contains("path: hr/old/**"))
    }

    @Test("PII in a system the scope excludes is out of scope")
    func outOfScope() {
        let violations = reconcile([RoPAFixtures.file("archive/2019.csv")])
        #expect(violations.contains { $0.kind == .outOfScope && $0.system == "archive" && $0.severity == .medium })
    }

    @Test("special-category data without a completed DPIA is high")
    func specialWithoutDPIA() {
        let health = RoPAFixtures.column(
            "sqlite:crm.db", table: "notes", category: "user.health_and_medical", type: "health")
        let violations = reconcile([health])
        #expect(violations.map(\.kind) == [.specialCategoryWithoutDPIA])
        #expect(violations.first?.severity == .high)
        #expect(violations.first?.suggestion == "activities:\n  - id: care\n    dpia: done")
    }

    @Test("a file older than every retention that applies is retention_exceeded; newer or unknown files are not")
    func retention() throws {
        let old = Self.now.timeIntervalSince1970 - 2.5 * Self.year
        let coverage = ScanCoverage(modificationTimes: [
            "exports/old.csv": old, "exports/new.csv": Self.now.timeIntervalSince1970 - 10,
        ])
        let findings = [
            RoPAFixtures.file("exports/old.csv"), RoPAFixtures.file("exports/old.csv", line: 2),
            RoPAFixtures.file("exports/new.csv"), RoPAFixtures.file("exports/unknown.csv"),
        ]
        let violation = try #require(reconcile(findings, coverage: coverage).first)
        #expect(violation.kind == .retentionExceeded)
        #expect(violation.count == 1)
        #expect(violation.locations == [.file(path: "exports/old.csv")])
        #expect(violation.suggestion.hasSuffix("  - id: support\n    retention: P3Y"))
    }

    @Test("a category declared on a fully scanned system and never found is informational")
    func unsupported() {
        let coverage = ScanCoverage(stores: ["sqlite:crm.db"])
        let email = RoPAFixtures.column("sqlite:crm.db", table: "users")
        let violations = reconcile([email], coverage: coverage).filter { $0.kind == .unsupportedDeclaration }
        #expect(violations.map(\.category) == ["user.health_and_medical", "user.name"])
        #expect(violations.allSatisfy { $0.severity == .info && $0.system == "crm" })
    }

    @Test("a system not scanned in full never has unsupported declarations")
    func partialScan() {
        let email = RoPAFixtures.column("sqlite:crm.db", table: "users")
        #expect(reconcile([email]).isEmpty)
        let incomplete = ScanCoverage(stores: ["sqlite:crm.db"], complete: false)
        #expect(reconcile([email], coverage: incomplete).isEmpty)
        let skipped = ScanCoverage(modificationTimes: ["exports/a.csv": 0], skippedItems: ["exports/big.csv"])
        #expect(reconcile([], coverage: skipped).filter { $0.system == "exports" }.isEmpty)
    }

    @Test("findings below the minimum confidence raise nothing")
    func minConfidence() {
        #expect(reconcile([RoPAFixtures.file("hr/staff.tsv", confidence: 0.3)]).isEmpty)
    }

    @Test("violations come sorted by kind, then system, category and location, whatever the finding order")
    func deterministic() {
        let findings = [
            RoPAFixtures.file("z/a.csv"), RoPAFixtures.file("archive/x.csv"),
            RoPAFixtures.column("sqlite:crm.db", table: "t", category: "user.financial.credit_card"),
            RoPAFixtures.file("a/a.csv"),
        ]
        let violations = reconcile(findings)
        #expect(violations == reconcile(findings.reversed()))
        #expect(
            violations.map(\.kind) == [
                .shadowStore, .shadowStore, .undeclaredCategory, .undeclaredCategory, .outOfScope,
            ])
        #expect(violations.filter { $0.kind == .undeclaredCategory }.map(\.system) == ["archive", "crm"])
    }

    @Test("gaps in the RoPA come with the scan's violations, after them")
    func gapsAreReconciled() {
        var document = Self.document
        document.activities[1].specialCategoryCondition = nil
        let violations = Reconciler(document: document, taxonomy: Self.taxonomy, now: Self.now)
            .reconcile([RoPAFixtures.file("z/a.csv")], coverage: ScanCoverage())
        #expect(violations.map(\.kind) == [.shadowStore, .specialCategoryWithoutCondition])
        #expect(violations.last?.owner == "crm@example.org")
    }

    @Test("a free-text retention is not checked, and a note says so")
    func freeTextRetentionIsSkipped() {
        var document = Self.document
        document.activities[0].retention = RoPARetention("6 years after the contract ends")
        let old = ScanCoverage(modificationTimes: ["exports/old.csv": Self.now.timeIntervalSince1970 - 10 * Self.year])
        let reconciler = Reconciler(document: document, taxonomy: Self.taxonomy, now: Self.now)
        let findings = [RoPAFixtures.file("exports/old.csv")]
        #expect(!reconciler.reconcile(findings, coverage: old).contains { $0.kind == .retentionExceeded })
        #expect(
            reconciler.freeTextRetentionNotes(findings) == [
                "retention not checked for 'exports': activity 'support' gives it as free text ('6 years after the "
                    + "contract ends'); write an ISO 8601 duration (P6Y) to have files checked"
            ])
        let checked = Reconciler(document: Self.document, taxonomy: Self.taxonomy, now: Self.now)
        #expect(checked.reconcile(findings, coverage: old).contains { $0.kind == .retentionExceeded })
        #expect(checked.freeTextRetentionNotes(findings).isEmpty)
    }

    @Test("violations carry masked evidence only")
    func maskedOnly() throws {
        let finding = RoPAFixtures.file("hr/a.csv", evidence: "j***@e***.org")
        let violation = try #require(reconcile([finding]).first)
        #expect(violation.samples == ["j***@e***.org"])
        let json = String(decoding: try JSONEncoder().encode(violation), as: UTF8.self)
        #expect(json.contains("\"kind\":\"shadow_store\""))
        #expect(json.contains("\"owner\":null"))
    }
}
