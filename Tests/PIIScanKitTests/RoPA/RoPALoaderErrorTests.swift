import PIIScanKit
import Testing

/// Every loader error names the line (and field) it comes from: each case edits one line of the valid sample;
/// and every error of a file is listed in one run.
@Suite("RoPALoader errors")
struct RoPALoaderErrorTests {
    /// One edit of `RoPASamples.valid` and the error it must cause.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var replace: String
        var with: String
        var line: Int
        var message: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "unknown top-level key", replace: "version: 1\n", with: "version: 1\nowner: x\n", line: 2,
            message: "unknown key 'owner'"),
        Case(
            name: "unknown scope key", replace: "  exclude: []", with: "  exclde: []", line: 5,
            message: "unknown key 'exclde'"),
        Case(
            name: "unknown system key", replace: "    name: CRM database", with: "    nmae: CRM database", line: 8,
            message: "unknown key 'nmae'"),
        Case(
            name: "unknown location key", replace: "- path: exports", with: "- paht: exports", line: 12,
            message: "unknown key 'paht'"),
        Case(
            name: "unknown activity key", replace: "    dpia: done\n", with: "    dpia: done\n    retension: P1Y\n",
            line: 42, message: "unknown key 'retension'"),
        Case(
            name: "unknown transfer key", replace: "safeguard: SCCs", with: "safegard: SCCs", line: 28,
            message: "unknown key 'safegard'"),
        Case(
            name: "unknown category", replace: "user.contact, user.name]", with: "user.contact, user.nmae]",
            line: 26, message: "unknown data category 'user.nmae' (did you mean 'user.name'?)"),
        Case(
            name: "duplicate system id", replace: "  - id: hr\n", with: "  - id: crm\n", line: 14,
            message: "duplicate system id 'crm'"),
        Case(
            name: "duplicate activity id", replace: "  - id: sick-leave", with: "  - id: customer-support", line: 34,
            message: "duplicate activity id 'customer-support'"),
        Case(
            name: "activity names an unknown system", replace: "    systems: [crm]", with: "    systems: [crn]",
            line: 32, message: "unknown system 'crn' (did you mean 'crm'?)"),
        Case(
            name: "scope names an unknown system", replace: "include: [crm, hr]", with: "include: [crm, billing]",
            line: 4, message: "unknown system 'billing'"),
        Case(
            name: "legal basis outside Art. 6", replace: "legal_basis: contract", with: "legal_basis: contractual",
            line: 24, message: "not a valid legal basis"),
        Case(
            name: "condition outside Art. 9(2)", replace: "condition: employment", with: "condition: because",
            line: 38, message: "not a GDPR Art. 9(2) condition"),
        Case(
            name: "location string that is not a locator", replace: "      - postgres://crm-db:5432/crm",
            with: "      - exports/crm", line: 11, message: "must be a database locator"),
        Case(
            name: "location with path and store", replace: "- path: exports/crm/**",
            with: "- {path: exports/crm/**, store: \"sqlite:a.db\"}", line: 12, message: "not both"),
        Case(
            name: "location with neither path nor store", replace: "- path: exports/crm/**",
            with: "- {tables: [a]}", line: 12, message: "needs 'path'"),
        Case(
            name: "tables with a path", replace: "[{path: hr/**}]", with: "[{path: hr/**, tables: [a]}]", line: 16,
            message: "'tables' goes with 'store'"),
        Case(
            name: "invalid status", replace: "status: confirmed", with: "status: approved", line: 33,
            message: "not a valid status"),
        Case(
            name: "invalid role", replace: "role: controller", with: "role: owner", line: 22,
            message: "not a valid role"),
        Case(
            name: "invalid DPIA status", replace: "dpia: done", with: "dpia: yes", line: 41,
            message: "not a valid DPIA status"),
        Case(
            name: "unsupported version", replace: "version: 1", with: "version: 2", line: 1,
            message: "unsupported version"),
        Case(
            name: "list where a string belongs", replace: "owner: hr@example.com\n    locations",
            with: "owner: [hr@example.com]\n    locations", line: 15, message: "expected a string"),
        Case(
            name: "scalar where a list belongs", replace: "purposes: [Answer customer tickets]",
            with: "purposes: Answer customer tickets", line: 23, message: "expected a list"),
        Case(
            name: "system without id", replace: "  - id: hr\n", with: "  - name: hr\n", line: 14,
            message: "missing required key 'id'"),
        Case(
            name: "YAML syntax error", replace: "include: [crm, hr]", with: "include: [crm, hr", line: 5,
            message: "YAML"),
    ]

    @Test(arguments: cases)
    func namesTheLine(_ testCase: Case) throws {
        #expect(RoPASamples.valid.contains(testCase.replace))
        let text = RoPASamples.valid.replacingOccurrences(of: testCase.replace, with: testCase.with)
        let errors = try #require(Self.errors(loading: text))
        let error = try #require(errors.first { $0.message.contains(testCase.message) }, "\(errors)")
        #expect(error.file == "ropa.yaml")
        #expect(error.line == testCase.line, "\(error)")
        #expect(error.column > 0, "\(error)")
        #expect(error.message.contains(testCase.message), "\(error)")
    }

    @Test func missingOrganizationIsNamed() throws {
        let text = RoPASamples.valid.replacingOccurrences(of: "organization: Example Ltd\n", with: "")
        let error = try #require(Self.error(loading: text))
        #expect(error.message.contains("organization"))
    }

    @Test func childOfASpecialCategoryWithoutConditionIsAGapNotAnError() throws {
        let taxonomy = Taxonomy(categories: [
            .init(key: "user", name: "User"), .init(key: "user.health", name: "Health", special: "art9"),
            .init(key: "user.health.diagnosis", name: "Diagnosis"),
        ])
        let text = "organization: X\nactivities:\n  - id: a\n    data_categories: [user.health.diagnosis]\n"
        let document = try RoPALoader.load(name: "ropa.yaml", bytes: Array(text.utf8), taxonomy: taxonomy)
        let gaps = RoPAGaps(document: document, taxonomy: taxonomy).violations()
        #expect(gaps.map(\.kind) == [.specialCategoryWithoutCondition])
    }

    @Test func everyErrorOfTheFileIsListedInOneRunInFileOrder() throws {
        let edits = [
            ("version: 1\n", "version: 1\nowner: x\n"),
            ("    name: CRM database", "    nmae: CRM database"),
            ("user.contact, user.name]", "user.contact, user.nmae]"),
            ("legal_basis: contract", "legal_basis: contractual"),
            ("    systems: [crm]", "    systems: [crn]"),
            ("  - id: sick-leave", "  - id: customer-support"),
            ("condition: employment", "condition: because"),
            ("dpia: done", "dpia: [done]"),
        ]
        var text = RoPASamples.valid
        for (old, new) in edits {
            #expect(text.contains(old))
            text = text.replacingOccurrences(of: old, with: new)
        }
        let errors = try #require(Self.errors(loading: text))
        #expect(
            errors.map(\.description) == [
                "ropa.yaml:2:1: owner: unknown key 'owner'; known keys: activities, organization, scope, systems, "
                    + "version",
                "ropa.yaml:9:5: systems[0].nmae: unknown key 'nmae' (did you mean 'name'?); known keys: id, "
                    + "locations, name, owner, status",
                "ropa.yaml:25:18: activities[0].legal_basis: 'contractual' is not a valid legal basis (GDPR Art. 6(1)) "
                    + "(allowed: consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests)",
                "ropa.yaml:27:37: activities[0].data_categories[1]: unknown data category 'user.nmae' (did you mean "
                    + "'user.name'?)",
                "ropa.yaml:33:15: activities[0].systems[0]: unknown system 'crn' (did you mean 'crm'?)",
                "ropa.yaml:35:9: activities[1].id: duplicate activity id 'customer-support'",
                "ropa.yaml:39:33: activities[1].special_category_condition: 'because' is not a GDPR Art. 9(2) "
                    + "condition (allowed: explicit_consent, employment, vital_interests, not_for_profit, made_public, "
                    + "legal_claims, substantial_public_interest, health_care, public_health, archiving_research)",
                "ropa.yaml:42:11: activities[1].dpia: expected a string",
            ])
    }

    @Test func freeTextRetentionLoadsWithAWarning() throws {
        let text = RoPASamples.valid.replacingOccurrences(
            of: "retention: P6M", with: "retention: 6 months after leaving")
        let loaded = try RoPALoader.read(
            name: "ropa.yaml", bytes: Array(text.utf8), taxonomy: CatalogLoader.loadTaxonomy())
        #expect(loaded.document.activities[1].retention == RoPARetention(text: "6 months after leaving", seconds: nil))
        #expect(
            loaded.warnings.map(\.description) == [
                "ropa.yaml:40:16: activities[1].retention: '6 months after leaving' is not an ISO 8601 duration (e.g. P6Y, "
                    + "P18M, P90D): kept as text, and files are not checked against it"
            ])
    }

    static func errors(loading text: String, taxonomy: Taxonomy? = nil) -> [ConfigFileError]? {
        do {
            let taxonomy = try taxonomy ?? CatalogLoader.loadTaxonomy()
            _ = try RoPALoader.load(name: "ropa.yaml", bytes: Array(text.utf8), taxonomy: taxonomy)
            return nil
        } catch let errors as ConfigFileErrors {
            return errors.errors
        } catch {
            return nil
        }
    }

    static func error(loading text: String, taxonomy: Taxonomy? = nil) -> ConfigFileError? {
        errors(loading: text, taxonomy: taxonomy)?.first
    }
}
