import ArgumentParser
import PIIScanKit

/// `--allow-skips`, and the exit-code rule for an incomplete scan (DESIGN §3.2): exit 3 when the scan was
/// cancelled, a target could not be read at all, or an item that should have been read was not (a failure skip:
/// unreadable, vanished, shrunk, corrupt, a sampling query that failed). `--allow-skips` accepts failure skips
/// (exit 0 or 1 as the findings decide), never a cancelled scan or an unreadable target. Deliberate skips
/// (binary, too large, devices, links) never change the exit code.
struct SkipOptions: ParsableArguments {
    @Flag(
        help: ArgumentHelp(
            "Do not exit 3 when items that should have been read could not be (unreadable, vanished, shrunk, "
                + "corrupt, a failed sampling query); they are still listed as skipped in the report."))
    var allowSkips = false

    /// True when the scan is incomplete by the rule above: exit code 3, and an `incomplete` run in the store.
    func isIncomplete(_ summary: ScanSummary) -> Bool {
        summary.cancelled || !summary.unreadableTargets.isEmpty || (!allowSkips && !summary.failures.isEmpty)
    }

    /// Prints unreadable targets and failure counts on stderr (after the report), then throws exit code 3 when
    /// the scan is incomplete. `listFailures` names each item not read too, for commands whose output has no
    /// summary (`draft`).
    func checkComplete(_ summary: ScanSummary, listFailures: Bool = false) throws {
        for message in summary.unreadableTargets { Terminal.error(message) }
        let failures = summary.failures
        if listFailures {
            for item in failures { Terminal.writeLine("piiscan: not read: \(item.terminalDescription)") }
        }
        if !failures.isEmpty {
            let counts = Dictionary(grouping: failures, by: \.reason).map { "\($0.key.rawValue) \($0.value.count)" }
            let message =
                "\(failures.count == 1 ? "1 item" : "\(failures.count) items") could not be read "
                + "(\(counts.sorted().joined(separator: ", ")))"
                + (listFailures ? "" : ": see the skipped items in the report")
            if allowSkips {
                Terminal.warning(message)
            } else {
                Terminal.error(message + "; the scan is incomplete (--allow-skips accepts this)")
            }
        }
        if isIncomplete(summary) { throw ExitCode(ExitStatus.incomplete.rawValue) }
    }
}
