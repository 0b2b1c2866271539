import ArgumentParser
import Foundation
import PIIScanKit

/// `piiscan report --html FILE [--run ID]`: one recorded run as a self-contained HTML page.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a recorded run as one self-contained HTML report.",
        discussion: """
            The page holds the run (targets, status, counts), the inventory by system and category, the \
            violations by owner, the trend of findings and violations across the earlier runs of the same \
            targets as a chart, and a drill-down to masked locations. It needs no network: no external scripts, \
            styles, fonts or images. Evidence is shown masked, as the store keeps it; raw values are never \
            stored, so never printed. With --ropa, findings are grouped by the systems that claim them; without, \
            by where they sit. Exit codes: 0 written; 2 usage error (unknown run, no runs, bad RoPA); 3 the store \
            cannot be read or the file cannot be written.
            """
    )

    @Option(
        help: ArgumentHelp(
            "Write the HTML report to this file (owner-only, replaced only once complete; '-' is stdout).",
            valueName: "file"))
    var html: String

    @Option(
        name: .customLong("run"),
        help: ArgumentHelp(
            "The run to report, as 'piiscan history' lists it. Default: the latest run.", valueName: "id"))
    var runID: Int64?

    @Option(
        help: ArgumentHelp(
            "Group findings by the systems of this RoPA file (default: by location).", valueName: "ropa.yaml"))
    var ropa: String?

    @Option(help: ArgumentHelp("The page title.", valueName: "title"))
    var title = "piiscan report"

    @OptionGroup(title: "History") var store: StoreOptions

    func run() throws {
        let taxonomy = try CatalogLoader.loadTaxonomy()
        let document = try ropa.map { try RoPAFile.load($0, taxonomy: taxonomy) }
        let output = try OutputDestination.open(html)
        let input: HTMLReportInput
        do {
            guard let history = try store.openExisting() else {
                throw CommandFailure(status: .usage, message: "no runs recorded yet: run 'piiscan scan' first")
            }
            input = try Self.input(
                history: history, runID: runID, title: title, ropa: document, taxonomy: taxonomy)
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw StoreOptions.failure(error)
        }
        try OutputDestination.finish(output, with: HTMLReportRenderer.render(input))
    }

    /// The chosen run, its findings and violations, and the trend of the runs with its targets up to it.
    static func input(
        history: any ScanHistory, runID: Int64?, title: String, ropa: RoPADocument?, taxonomy: Taxonomy
    ) throws -> HTMLReportInput {
        let runs = try history.runs()
        guard let run = try runID.map({ try RunSelection.find($0, in: runs) }) ?? runs.last else {
            throw CommandFailure(status: .usage, message: "no runs recorded yet: run 'piiscan scan' first")
        }
        let violations = try history.violations(run: run.id)
        let trend = runs.filter { $0.scopeKey == run.scopeKey && $0.id <= run.id }.map { earlier in
            HTMLReportTrendPoint(
                runID: String(earlier.id), startedAt: earlier.startedAt, findings: earlier.findingCount,
                violations: earlier.violationCount, complete: earlier.status == .complete)
        }
        return HTMLReportInput(
            title: title, run: reportRun(run), findings: try history.findings(run: run.id),
            violations: ropa != nil || !violations.isEmpty ? violations : nil, ropa: ropa, taxonomy: taxonomy,
            trend: trend)
    }

    private static func reportRun(_ run: ScanRun) -> HTMLReportRun {
        HTMLReportRun(
            id: String(run.id), startedAt: run.startedAt, endedAt: run.endedAt, complete: run.status == .complete,
            targets: run.targets, filesScanned: run.filesScanned, bytesScanned: run.bytesScanned,
            filesCarriedOver: run.filesCarriedOver)
    }
}
