import ArgumentParser
import Foundation
import PIIScanKit

/// `--triage FILE` of `scan`, `diff` and `gate`: owners' decisions from a triage file, applied together with those
/// in the scan store (the latest decision on a target holds).
struct TriageOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Apply the triage decisions in this file (see 'piiscan triage export') as well as those in the scan store.",
            valueName: "triage.yaml"))
    var triage: String?

    /// The decisions of the file and of `history`, as they hold today. A file with errors is a usage error that
    /// lists them all.
    func book(history: (any ScanHistory)?) throws -> TriageBook {
        var decisions = try history?.triageDecisions() ?? []
        if let triage { decisions += try TriageFile.load(path: triage) }
        return TriageBook(decisions, today: CalendarDay(Date()))
    }
}

extension ScanSummary {
    /// Says how many false positives were left out and how many decisions are overdue.
    mutating func noteTriage(_ book: TriageBook, falsePositives: Int) {
        if falsePositives > 0 {
            notes.append("\(falsePositives) findings or violations triaged as false positives are not reported")
        }
        let overdue = book.overdue.count
        if overdue > 0 { notes.append("\(overdue) triage decisions are overdue: see 'piiscan triage list --overdue'") }
    }
}
