import Foundation
import Testing

@testable import PIIScanKit

/// Column rules: names read word by word, decoys, person qualifiers, table context, and every bundled rule's
/// own examples.
@Suite("Column rules")
struct ColumnRuleTests {
    static let catalog = try! CatalogLoader.loadBundled()
    static var rules: ColumnRules { catalog.columnRules }

    @Test("examples of", arguments: catalog.columnRules.rules.map(\.id))
    func examplesBehaveAsDeclared(ruleID: String) throws {
        let rule = try #require(Self.rules.rules.first { $0.id == ruleID })
        #expect(!rule.matchExamples.isEmpty, "\(ruleID) needs match examples")
        #expect(!rule.rejectExamples.isEmpty, "\(ruleID) needs reject examples")
        for outcome in ColumnRuleExampleRunner(catalog: Self.catalog).run(rule) {
            #expect(outcome.passed, "\(outcome.kind.rawValue) example \(outcome.example): \(outcome.failure ?? "")")
        }
    }

    @Test func docsListEveryRule() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let docs = try String(contentsOf: root.appendingPathComponent("docs/columns.md"), encoding: .utf8)
        for rule in Self.rules.rules {
            #expect(docs.contains("| `\(rule.id)` | `\(rule.type)` | \(rule.evidence.rawValue) |"), "\(rule.id)")
        }
    }

    @Test(arguments: [
        ("customer_email", ["customer", "email"]), ("BillingAddress", ["billing", "address"]),
        ("homeAddress", ["home", "address"]), ("lastLoginIp", ["last", "login", "ip"]),
        ("IPAddress", ["ip", "address"]), ("addr_line1", ["addr", "line", "1"]), ("E-Mail", ["e", "mail"]),
        ("dateOfBirth", ["date", "of", "birth"]), ("Prénom", ["prenom"]), ("LoginID", ["login", "id"]),
        ("  __x__ ", ["x"]),
    ])
    func namesAreSplitAsAPersonReadsThem(name: String, words: [String]) {
        #expect(ColumnNameTokens.tokens(of: name) == words)
    }

    @Test(arguments: [
        ("customerEmail", "email"), ("email_new", "email"), ("contact_no", "phone"), ("home_lat", "geo_coordinates"),
        ("min_lat", "geo_coordinates"), ("customer_bank_account", "iban"), ("passwordsalt", "credential"),
        ("password_hash", "credential"), ("user_name", "username"), ("emails", "email"),
        ("shipping_addresses", "street_address"), ("dateOfBirth", "date_of_birth"), ("lastLoginIp", "ip_address"),
    ])
    func thePIIWordMayStandAnywhere(name: String, type: String) {
        #expect(Self.rules.match(name)?.rule.type == type)
    }

    @Test(arguments: [
        "email_sent_count", "phone_verified", "ssn_last_checked_at", "address_id", "is_email", "email_hash",
        "num_phones", "product_name", "file_name", "password_changed_at", "login_count", "created_at", "total",
    ])
    func decoysAndThingNamesSayNothing(name: String) {
        #expect(Self.rules.match(name) == nil)
    }

    @Test func aTableIsAboutPeopleByItsHeadWordOrItsSiblings() {
        let customers = TableContext(table: "tbl_customers", columns: ["id", "name"], rules: Self.rules)
        #expect(customers.personEvidence(forColumnAt: 1) != nil)
        let roles = TableContext(table: "user_roles", columns: ["id", "name"], rules: Self.rules)
        #expect(roles.personEvidence(forColumnAt: 1) == nil)
        let archive = TableContext(table: "Mitarbeiter_archive", columns: ["id", "name"], rules: Self.rules)
        #expect(archive.personEvidence(forColumnAt: 1) != nil)
        let withEmail = TableContext(table: "accounts", columns: ["name", "email"], rules: Self.rules)
        #expect(withEmail.personEvidence(forColumnAt: 0) == "a sibling column is \"email\"")
        // A column is not its own sibling, and a bare `name` says nothing about its table.
        #expect(withEmail.personEvidence(forColumnAt: 1) == nil)
        let genres = TableContext(table: "genre", columns: ["genre_id", "name"], rules: Self.rules)
        #expect(genres.personEvidence(forColumnAt: 1) == nil)
    }

    @Test func reasonsQuoteVocabularyNeverTheName() throws {
        let match = try #require(Self.rules.match("j.doe@corp.example_email"))
        #expect(match.phrase == "email")
    }
}
