import ArgumentParser
import Foundation
import PIIScanKit

/// `piiscan patterns list|test`: inspect the detector catalog and check pattern files.
struct PatternsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "patterns",
        abstract: "List the detectors, or test a pattern file's examples.",
        subcommands: [PatternsListCommand.self, PatternsTestCommand.self]
    )
}

/// `piiscan patterns list`: one line per detector.
struct PatternsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List every detector and column rule with its type, category and locales or evidence.")

    @OptionGroup(title: "Detectors") var patterns: PatternOptions

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func run() throws {
        let catalog = try CatalogLoader.load(patterns.catalogOptions)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(catalog.detectorInfos), as: UTF8.self))
            return
        }
        let detectorRows = catalog.detectors.map { detector in
            [
                detector.id, "detector", detector.type, detector.category, detector.locales.joined(separator: ","),
                detector.sourceFile,
            ]
        }
        let ruleRows = catalog.columnRules.rules.map { rule in
            let flags = [rule.quasiIdentifier ? "quasi" : nil, rule.secret ? "secret" : nil].compactMap { $0 }
            return [
                rule.id, "column", rule.type, rule.category,
                (["evidence: \(rule.evidence.rawValue)"] + flags).joined(separator: ","), rule.sourceFile,
            ]
        }
        let rows = (detectorRows + ruleRows).map { $0.map(TerminalSafe.escape) }
        let header = ["ID", "KIND", "TYPE", "CATEGORY", "LOCALES/EVIDENCE", "FILE"]
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        for row in [header] + rows {
            print(
                row.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
                    .joined(separator: "  ").trimmingCharacters(in: .whitespaces))
        }
        print("\(catalog.detectors.count) detectors, \(catalog.columnRules.rules.count) column rules")
    }
}

/// `piiscan patterns test FILE...`: validates pattern files and runs their examples through the engine.
struct PatternsTestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Validate pattern files and run every detector's and column rule's match/reject examples.",
        discussion: "Exit code 0 when every example behaves as declared, 1 when one does not, 2 for an invalid file."
    )

    @Argument(help: "Pattern files (YAML) to test.")
    var files: [String]

    func run() throws {
        var options = CatalogOptions()
        options.includeBundled = false
        options.patternFiles = files
        let catalog = try CatalogLoader.load(options)
        let outcomes =
            PatternExampleRunner(catalog: catalog).runAll()
            + ColumnRuleExampleRunner(catalog: catalog).runAll(files: Set(files))
        for outcome in outcomes where !outcome.passed {
            print(TerminalSafe.escape("FAIL \(outcome.detector) \(outcome.kind.rawValue): \(outcome.example)"))
            print("     " + TerminalSafe.escape(outcome.failure ?? ""))
        }
        let failed = outcomes.filter { !$0.passed }.count
        let rules = catalog.columnRules.rules.filter { files.contains($0.sourceFile) }.count
        let tested = "\(catalog.detectors.count) detectors" + (rules > 0 ? ", \(rules) column rules" : "")
        print("\(outcomes.count - failed) passed, \(failed) failed (\(tested))")
        if failed > 0 { throw ExitCode(ExitStatus.findings.rawValue) }
    }
}
