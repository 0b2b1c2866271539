import ArgumentParser
import PIIScanKit

/// `piiscan diff [RUN_A] [RUN_B]`: what changed between two recorded runs.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show new, resolved and unchanged findings and violations between two recorded runs.",
        discussion: """
            Without run ids: the latest complete run and the complete run before it with the same targets. With \
            one id: that run and the latest complete run. A finding is the same when its type, location (file \
            path, or database column and JSON path) and fingerprint are; a violation when its kind, system and \
            category are, and it is 'changed' when its locations differ (added and removed locations are listed). \
            Triage decisions (the store's and --triage's) apply: false positives are left out of both runs, and \
            an accepted risk before its review day is shown but does not fail. \
            Exit codes: 0 nothing new at or above --fail-on (a violation found in fewer places is not new); 1 new \
            findings or violations, or a violation in a new location, at or above it; 2 usage error (unknown run \
            id, fewer than two runs); 3 the store cannot be read.
            """
    )

    @Argument(help: ArgumentHelp("The earlier run (default: see above).", valueName: "run-a"))
    var runA: Int64?

    @Argument(help: ArgumentHelp("The later run (default: the latest complete run).", valueName: "run-b"))
    var runB: Int64?

    @OptionGroup(title: "History") var store: StoreOptions
    @OptionGroup(title: "Output") var output: HistoryOutputOptions
    @OptionGroup(title: "Triage") var triage: TriageOptions

    @Option(
        help: ArgumentHelp(
            "Exit with 1 when a new finding or violation, or a violation in a new location, reaches this severity: "
                + "low, medium, high, or none (never).",
            valueName: "severity"))
    var failOn: FailThreshold = .low

    func validate() throws {
        _ = try output.resolvedFormat()
    }

    func run() throws {
        let format = try output.resolvedFormat()
        let diff: ScanDiff
        do {
            guard let history = try store.openExisting() else {
                throw CommandFailure(status: .usage, message: "no runs recorded yet: nothing to compare")
            }
            let (from, to) = try RunSelection.pick(try history.runs(), runA: runA, runB: runB)
            diff = try ScanDiff(history: history, from: from, to: to, triage: try triage.book(history: history))
        } catch let failure as CommandFailure {
            throw failure
        } catch let errors as ConfigFileErrors {
            throw errors
        } catch {
            throw StoreOptions.failure(error)
        }
        try output.write(try DiffReport.render(diff, format: format))
        if diff.hasNew(where: failOn.fails) { throw ExitCode(ExitStatus.findings.rawValue) }
    }
}

/// Which two runs `diff` compares.
enum RunSelection {
    static func pick(_ runs: [ScanRun], runA: Int64?, runB: Int64?) throws -> (ScanRun, ScanRun) {
        let complete = runs.filter { $0.status == .complete }
        if let runA {
            let from = try find(runA, in: runs)
            if let runB { return (from, try find(runB, in: runs)) }
            guard let to = complete.last, to.id != from.id else {
                throw CommandFailure(status: .usage, message: "no later complete run to compare run \(runA) with")
            }
            return (from, to)
        }
        guard let to = complete.last,
            let from = complete.last(where: { $0.id < to.id && $0.scopeKey == to.scopeKey })
        else {
            throw CommandFailure(
                status: .usage,
                message: "fewer than two complete runs of the same targets: name the runs to compare "
                    + "(see 'piiscan history')")
        }
        return (from, to)
    }

    /// The run with `id`, or a usage error naming it.
    static func find(_ id: Int64, in runs: [ScanRun]) throws -> ScanRun {
        guard let run = runs.first(where: { $0.id == id }) else {
            throw CommandFailure(status: .usage, message: "no run \(id) in the scan store (see 'piiscan history')")
        }
        return run
    }
}
