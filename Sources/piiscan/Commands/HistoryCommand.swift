import ArgumentParser
import PIIScanKit

/// `piiscan history`: the runs recorded in the scan store.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List the scans recorded in the scan store.",
        discussion: """
            One row per run: id, start (UTC), duration, status (running, complete, or incomplete for a scan that \
            was cancelled, could not read a target or whose process died), files read, files carried over \
            unchanged from an earlier run, findings, violations and targets. Exit codes: 0 listed; 2 usage error; \
            3 the store cannot be read.
            """
    )

    @OptionGroup(title: "History") var store: StoreOptions
    @OptionGroup(title: "Output") var output: HistoryOutputOptions

    @Option(help: ArgumentHelp("Show only the last N runs.", valueName: "n"))
    var limit: Int?

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
        _ = try output.resolvedFormat()
    }

    func run() throws {
        let format = try output.resolvedFormat()
        var runs: [ScanRun] = []
        do {
            runs = try store.openExisting()?.runs() ?? []
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw StoreOptions.failure(error)
        }
        if let limit { runs = Array(runs.suffix(limit)) }
        try output.write(try HistoryReport.render(runs, format: format))
    }
}
