import ArgumentParser
import Foundation
import PIIScanKit

/// `piiscan ropa import|export|check`: convert between `ropa.yaml` and the ICO spreadsheet, and validate a RoPA.
struct RopaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ropa",
        abstract: "Import, export or check a Record of Processing Activities (see docs/ropa.md).",
        subcommands: [RopaImportCommand.self, RopaExportCommand.self, RopaCheckCommand.self]
    )

}

/// `piiscan ropa import file.csv`: the ICO controller template (CSV) → `ropa.yaml`.
struct RopaImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Convert an ICO controller RoPA spreadsheet (CSV) into ropa.yaml.")

    @Argument(help: ArgumentHelp("The spreadsheet saved as CSV.", valueName: "file.csv"))
    var file: String

    @Option(name: [.short, .long], help: ArgumentHelp("Write the YAML here (default: stdout).", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("The organisation's name (the sheet has no column for it).", valueName: "name"))
    var organization = ""

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ConfigFileError(file: file, message: "cannot read the CSV file")
        }
        let taxonomy = try CatalogLoader.loadTaxonomy()
        let importer = RoPACSVImporter(fileName: file, taxonomy: taxonomy)
        let imported = try importer.read(fromCSV: String(decoding: data, as: UTF8.self), organization: organization)
        for warning in imported.warnings { Terminal.warning(warning.description) }
        try OutputDestination.write(RoPAYAMLWriter(taxonomy: taxonomy).document(imported.document), to: output)
    }
}

/// `piiscan ropa export ropa.yaml`: `ropa.yaml` → CSV (ICO template columns) or Markdown.
struct RopaExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write ropa.yaml as an ICO-template spreadsheet (CSV) or as Markdown.")

    /// `--format`.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, markdown
    }

    @Argument(help: ArgumentHelp("The RoPA file.", valueName: "ropa.yaml"))
    var file: String

    @Option(help: ArgumentHelp("csv or markdown (default: csv).", valueName: "format"))
    var format: Format = .csv

    @Option(name: [.short, .long], help: ArgumentHelp("Write here (default: stdout).", valueName: "file"))
    var output: String?

    func run() throws {
        let taxonomy = try CatalogLoader.loadTaxonomy()
        let document = try RoPAFile.load(file, taxonomy: taxonomy)
        let text =
            switch format {
            case .csv: RoPACSVExporter.csv(document, taxonomy: taxonomy)
            case .markdown: RoPAMarkdownExporter.markdown(document, taxonomy: taxonomy)
            }
        try OutputDestination.write(text, to: output)
    }
}

/// `piiscan ropa check ropa.yaml`: lists every error of the file (exit 2, each with file, line and column), else
/// every gap in its content as a violation with the YAML that would close it (exit 1 at or above `--fail-on`).
struct RopaCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a RoPA file: list its errors (exit 2) or the gaps in its content (exit 1).",
        discussion: """
            Errors (YAML syntax, wrong types, unknown keys, unknown categories, duplicate ids, unknown systems) are \
            all listed on stderr with file, line and column. A file without errors is checked for gaps: \
            special-category data without special_category_condition, a confirmed activity without owner, \
            purposes, legal basis or retention, a transfer without safeguard, a system no activity names. \
            Exit codes: 0 no gap at or above --fail-on; 1 gaps at or above it; 2 errors.
            """)

    @Argument(help: ArgumentHelp("The RoPA file.", valueName: "ropa.yaml"))
    var file: String

    @Option(
        help: ArgumentHelp(
            "Exit with 1 when a gap reaches this severity: low, medium, high, or none (never).",
            valueName: "severity"))
    var failOn: FailThreshold = .low

    func run() throws {
        let taxonomy = try CatalogLoader.loadTaxonomy()
        let document = try RoPAFile.load(file, taxonomy: taxonomy)
        let gaps = RoPAGaps(document: document, taxonomy: taxonomy)
        let violations = gaps.violations()
        let name = TerminalSafe.escape(file)
        let counts = [
            Self.count(document.systems.count, "system"), Self.count(document.activities.count, "activity"),
            Self.count(violations.count, "gap"),
        ]
        print("\(name): " + counts.joined(separator: ", ") + (violations.isEmpty ? "" : " (\(Self.tally(violations)))"))
        for violation in violations {
            let owner = violation.owner.map { " (owner: \($0))" } ?? ""
            print(
                "\(name): \(violation.severity.rawValue): \(violation.kind.rawValue): "
                    + TerminalSafe.escape(violation.detail + owner))
            for line in violation.suggestion.split(separator: "\n") {
                print("    " + TerminalSafe.escape(String(line)))
            }
        }
        if gaps.draftActivities > 0 {
            print("\(name): \(Self.count(gaps.draftActivities, "draft activity")) not checked for gaps (status: draft)")
        }
        if violations.contains(where: { failOn.fails($0.severity) }) { throw ExitCode(ExitStatus.findings.rawValue) }
    }

    /// `1 system`, `2 activities`.
    private static func count(_ count: Int, _ noun: String) -> String {
        let plural = noun.hasSuffix("y") ? noun.dropLast() + "ies" : noun + "s"
        return "\(count) \(count == 1 ? noun : plural)"
    }

    /// `1 high, 2 medium`.
    private static func tally(_ violations: [Violation]) -> String {
        let counts = Dictionary(grouping: violations, by: \.severity).mapValues(\.count)
        return Severity.allCases.reversed().compactMap { severity in
            counts[severity].map { "\($0) \(severity.rawValue)" }
        }.joined(separator: ", ")
    }
}
