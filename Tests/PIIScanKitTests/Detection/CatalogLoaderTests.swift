import Foundation
import PIIScanTestSupport
import Testing

@testable import PIIScanKit

@Suite("CatalogLoader")
struct CatalogLoaderTests {
    static let valid = """
        detectors:
          - id: order_email
            type: email
            category: user.contact.email
            pattern: '[a-z]{1,20}@[a-z]{1,20}\\.io'
            max_length: 44
            confidence: 0.9
            trigger: {bytes: "@", before: 20}
            examples:
              match: ["write to «ann@corp.io»"]
              reject: ["ann at corp.io"]
        """

    private func load(_ yaml: String) throws -> Catalog {
        let tree = try TempTree(["custom.yaml": yaml])
        var options = CatalogOptions()
        options.includeBundled = false
        options.patternFiles = [tree.path("custom.yaml")]
        return try CatalogLoader.load(options)
    }

    private func loadError(_ yaml: String) -> ConfigFileError? {
        do {
            _ = try load(yaml)
            return nil
        } catch {
            return error as? ConfigFileError
        }
    }

    @Test func loadsAValidFile() throws {
        let catalog = try load(Self.valid)
        #expect(catalog.detectors.map(\.id) == ["order_email"])
        #expect(catalog.maxMatchLength == 44)
    }

    @Test func bundledCatalogLoadsAndIsBounded() throws {
        let catalog = try CatalogLoader.loadBundled()
        #expect(catalog.detectors.count >= 25)
        #expect(catalog.maxMatchLength <= 4096)
    }

    @Test(
        "errors name the line and field",
        arguments: [
            (Self.valid.replacingOccurrences(of: "    confidence: 0.9", with: "    confidense: 0.9"), 7, "confidense"),
            (Self.valid.replacingOccurrences(of: "{1,20}\\.io'", with: "{1,20}(\\.io'"), 5, "does not compile"),
            (Self.valid.replacingOccurrences(of: "[a-z]{1,20}@", with: "[a-z]+@"), 5, "unbounded"),
            (Self.valid.replacingOccurrences(of: "user.contact.email", with: "user.contact.emial"), 4, "taxonomy"),
            (
                Self.valid.replacingOccurrences(
                    of: "trigger: {bytes: \"@\", before: 20}", with: "trigger: {before: 20}"),
                8, "exactly one"
            ),
            (
                Self.valid.replacingOccurrences(
                    of: "    confidence: 0.9", with: "    confidence: 0.9\n    validate: [lunh]"),
                8, "unknown validator"
            ),
            (Self.valid.replacingOccurrences(of: "max_length: 44", with: "max_length: many"), 6, "whole number"),
            (
                Self.valid.replacingOccurrences(
                    of: "trigger: {bytes: \"@\", before: 20}", with: "trigger: {hex: {min: 12, max_run: 0}}"),
                8, "max_run must be at least 1"
            ),
            (
                Self.valid.replacingOccurrences(of: "  - id: order_email", with: "  - id: order_email\n  -"), 2,
                "missing required key 'type'"
            ),
        ])
    func errorsNameLineAndField(yaml: String, line: Int, fragment: String) throws {
        let error = try #require(loadError(yaml))
        #expect(error.line == line, "\(error)")
        #expect(error.file.hasSuffix("custom.yaml"))
        #expect(fragment.isEmpty || error.description.contains(fragment), "\(error)")
    }

    @Test(
        "nested bounded quantifiers with a large product are refused, located",
        arguments: ["(a{1,60}){1,60}$", "(?:\\d{1,20}){1,20}", "x(?:(?:[a-z]{1,5}){1,5}){1,5}", "(?<n>[0-9]{2,40}){3}"])
    func nestedQuantifiersAreRefused(pattern: String) throws {
        let yaml = Self.valid.replacingOccurrences(of: "'[a-z]{1,20}@[a-z]{1,20}\\.io'", with: "'\(pattern)'")
        let error = try #require(loadError(yaml))
        #expect(error.line == 5, "\(error)")
        #expect(error.file.hasSuffix("custom.yaml"))
        #expect(error.field.hasSuffix("pattern"), "\(error)")
        #expect(error.description.contains("nested quantifiers at offset"), "\(error)")
    }

    @Test func nestedQuantifierCheckMeasuresProductsAndDelimiters() {
        let excessive = NestedQuantifierCheck.firstExcessive
        #expect(excessive("(a{1,60}){1,60}$") == .init(offset: 0, outerMaximum: 60, innerMaximum: 60, delimited: false))
        #expect(excessive("ab(?:\\d{1,20}){1,20}")?.offset == 2)
        // Delimited by a literal in every repetition: allowed up to 1000 (the e-mail domain labels are 366).
        #expect(excessive("(?:[a-z0-9-]{1,61}\\.){1,6}") == nil)
        #expect(excessive("(?:[a-z]{1,61}\\.){1,20}")?.delimited == true)
        // An alternative without a literal makes the group undelimited.
        #expect(excessive("(?:[a-z]{1,30}\\.|[0-9]{1,30}){1,6}")?.delimited == false)
        // Small products, classes with quantifier-like text, escapes and options are fine.
        #expect(excessive("(?:[ .-]?\\(?[0-9]{1,5}\\)?){2,6}") == nil)
        #expect(excessive("[{(]{1,3}(?i)(?#c{1,9})\\{1,99\\}x{2}") == nil)
        #expect(excessive("(?:(?:ab){1,50})") == nil)
    }

    @Test func bundledPatternsPassTheNestedQuantifierCheck() throws {
        for detector in try CatalogLoader.loadBundled().detectors {
            #expect(NestedQuantifierCheck.firstExcessive(in: detector.patternSource) == nil, "\(detector.id)")
        }
    }

    @Test func duplicateIDsAreRejected() throws {
        let twice = Self.valid + "\n" + Self.valid.components(separatedBy: "\n").dropFirst().joined(separator: "\n")
        let error = try #require(loadError(twice))
        #expect(error.description.contains("duplicate detector id 'order_email'"))
    }

    @Test func moreThan64ClusterConditionsPerClassAreRefused() throws {
        func file(_ count: Int) -> String {
            "detectors:\n"
                + (1...count).map { runs in
                    """
                      - id: number_\(runs)
                        type: email
                        category: user.contact.email
                        pattern: '[0-9]{1,20}'
                        max_length: 20
                        confidence: 0.5
                        trigger: {digits: {min: 5, separators: "-", runs: \(runs)}}

                    """
                }.joined()
        }
        #expect(try load(file(64)).detectors.count == 64)
        let error = try #require(loadError(file(65)))
        #expect(error.description.contains("more than 64 different cluster conditions"), "\(error)")
    }

    @Test func malformedYAMLNamesTheLine() throws {
        let error = try #require(loadError("detectors:\n  - id: [unclosed\n"))
        #expect(error.line >= 2)
        #expect(error.description.contains("YAML"))
    }

    @Test func selectionTyposAreErrors() throws {
        var options = CatalogOptions()
        options.disabled = ["no_such_detector"]
        #expect(throws: ConfigFileError.self) { try CatalogLoader.load(options) }
        options = CatalogOptions()
        options.onlyTypes = ["emial"]
        #expect(throws: ConfigFileError.self) { try CatalogLoader.load(options) }
    }

    @Test func onlyDisableAndLocaleSelect() throws {
        var options = CatalogOptions()
        options.onlyTypes = ["email", "phone"]
        options.locales = ["uk"]
        let catalog = try CatalogLoader.load(options)
        #expect(Set(catalog.detectors.map(\.type)) == ["email", "phone"])
        #expect(catalog.detectors.allSatisfy { $0.locales.isEmpty || $0.locales.contains("uk") })
        let emailIDs = catalog.detectors.filter { $0.type == "email" }.map(\.id)
        options.disabled = Set(emailIDs)
        #expect(try CatalogLoader.load(options).detectors.allSatisfy { $0.type == "phone" })
    }

    /// `--disable person_name` means no person names: every detector and column rule of a type, not only the one
    /// whose id is the type's name.
    @Test func disablingATypeLeavesOutAllItsDetectors() throws {
        var options = CatalogOptions()
        #expect(try CatalogLoader.load(options).detectors.filter { $0.type == "person_name" }.count > 1)
        options.disabled = ["person_name"]
        let catalog = try CatalogLoader.load(options)
        #expect(!catalog.detectors.contains { $0.type == "person_name" })
        #expect(!catalog.columnRules.rules.contains { $0.type == "person_name" })
        #expect(catalog.detectors.contains { $0.type == "email" })
    }
}
