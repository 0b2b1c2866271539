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
        let importer = RoPACSVImporter(fileName: file, taxonomy: try CatalogLoader.loadTaxonomy())
        let document = try importer.document(fromCSV: String(decoding: data, as: UTF8.self), organization: organization)
        try OutputDestination.write(RoPAYAMLWriter().document(document), to: output)
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
        let document = try RoPALoader.load(path: file)
        let text =
            switch format {
            case .csv: RoPACSVExporter.csv(document)
            case .markdown: RoPAMarkdownExporter.markdown(document)
            }
        try OutputDestination.write(text, to: output)
    }
}

/// `piiscan ropa check ropa.yaml`: validates the file (exit 0, or 2 with the error's file, line and column).
struct RopaCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Validate a RoPA file; errors name file, line and column.")

    @Argument(help: ArgumentHelp("The RoPA file.", valueName: "ropa.yaml"))
    var file: String

    func run() throws {
        let document = try RoPALoader.load(path: file)
        print(
            TerminalSafe.escape(file) + ": \(document.systems.count) systems, \(document.activities.count) activities")
    }
}
