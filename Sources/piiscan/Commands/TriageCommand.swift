import ArgumentParser
import Foundation
import PIIScanKit

/// `piiscan triage`: owners' decisions on findings, columns, locations and violations, kept in the scan store.
struct TriageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "triage",
        abstract: "Record and review decisions on findings: accept a risk, mark a false positive, plan a remediation.",
        discussion: """
            A decision names its target by a finding's fingerprint, a database column, a path glob or a violation \
            (never by a value), and is added to the scan store with who made it, when and why. The latest decision \
            on a target holds, and where several targets match a finding, the one made last. Later scans, 'diff' \
            and (with --triage) the gate apply them: a false positive is no longer reported; an accepted risk \
            no longer fails until its review day, then fails again; a remediation is reported and fails as before, \
            and shows in 'triage list --overdue' once past due. See docs/triage.md.
            """,
        subcommands: [
            Accept.self, FalsePositive.self, Remediate.self, Reopen.self, List.self, Export.self, Import.self,
        ]
    )

    /// `triage accept`: the risk is accepted until a review day.
    struct Accept: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Accept the risk of a target until a review day (it fails again after it).")
        @OptionGroup(title: "Target") var target: TriageTargetOptions
        @Option(help: "Why the risk is accepted (required).") var reason: String
        @Option(help: ArgumentHelp("The day to review it again (YYYY-MM-DD, required).", valueName: "day"))
        var reviewBy: String
        @Option(help: "Who answers for the accepted risk.") var owner: String?
        @OptionGroup(title: "Decision") var decider: TriageDeciderOptions

        func run() throws {
            try decider.record(
                try target.target(), .accepted, reason: reason, owner: owner,
                due: try TriageDeciderOptions.day(reviewBy, option: "--review-by"))
        }
    }

    /// `triage false-positive`: not personal data.
    struct FalsePositive: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "false-positive", abstract: "Mark a target as not personal data: no longer reported.")
        @OptionGroup(title: "Target") var target: TriageTargetOptions
        @Option(help: "Why it is not personal data (required).") var reason: String
        @OptionGroup(title: "Decision") var decider: TriageDeciderOptions

        func run() throws {
            try decider.record(try target.target(), .falsePositive, reason: reason)
        }
    }

    /// `triage remediate`: an owner removes or fixes it by a due day.
    struct Remediate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Plan a remediation: an owner removes or fixes the data by a due day.")
        @OptionGroup(title: "Target") var target: TriageTargetOptions
        @Option(help: "Who remediates (required).") var owner: String
        @Option(help: ArgumentHelp("The day it must be done (YYYY-MM-DD, required).", valueName: "day"))
        var due: String
        @Option(help: "What is to be done.") var reason: String?
        @OptionGroup(title: "Decision") var decider: TriageDeciderOptions

        func run() throws {
            try decider.record(
                try target.target(), .remediate, reason: reason, owner: owner,
                due: try TriageDeciderOptions.day(due, option: "--due"))
        }
    }

    /// `triage reopen`: earlier decisions on the target no longer hold.
    struct Reopen: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Reopen a target: earlier decisions on it no longer hold.")
        @OptionGroup(title: "Target") var target: TriageTargetOptions
        @Option(help: "Why it is reopened.") var reason: String?
        @OptionGroup(title: "Decision") var decider: TriageDeciderOptions

        func run() throws {
            try decider.record(try target.target(), .reopened, reason: reason)
        }
    }

    /// `triage list`: the decisions that hold.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the decisions that hold, oldest first.",
            discussion: "Exit codes: 0 listed (with --overdue: nothing overdue); 1 with --overdue, something is "
                + "overdue; 2 usage error; 3 the store cannot be read.")
        @OptionGroup(title: "History") var store: StoreOptions
        @OptionGroup(title: "Triage") var triage: TriageOptions
        @Flag(help: "Only accepted risks past their review day and remediations past their due day.")
        var overdue = false
        @Option(help: ArgumentHelp("Output format: text or yaml (a triage file).", valueName: "format"))
        var format: String = "text"

        func validate() throws {
            guard ["text", "yaml"].contains(format) else {
                throw ValidationError("unknown format '\(format)' (known: text, yaml)")
            }
        }

        func run() throws {
            let book = try triage.book(history: try TriageCommand.openStore(store))
            let shown = overdue ? book.overdue : book.decisions.filter { $0.verdict != .reopened }
            if format == "yaml" {
                print(TriageFile.yaml(shown), terminator: "")
            } else if shown.isEmpty {
                print(overdue ? "nothing overdue" : "no decisions")
            } else {
                for decision in shown { print(TerminalSafe.escape(Self.line(decision, today: book.today))) }
            }
            if overdue && !shown.isEmpty { throw ExitCode(ExitStatus.findings.rawValue) }
        }

        /// `2027-01-15  remediate (overdue)  column public.users.ssn  owner: dpo@…  by alice: reason`.
        static func line(_ decision: TriageDecision, today: CalendarDay) -> String {
            let mark = TriageMark(decision, today: today)
            var parts = [decision.due?.description ?? "-", mark.verdict.rawValue + (mark.overdue ? " (overdue)" : "")]
            parts.append(decision.target.description)
            if let owner = decision.owner { parts.append("owner: \(owner)") }
            parts.append("by \(decision.decidedBy)" + (decision.reason.map { ": \($0)" } ?? ""))
            return parts.joined(separator: "  ")
        }
    }

    /// `triage export`: every decision as a triage file.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write every recorded decision (the history too, oldest first) as a triage file to keep in git.")
        @OptionGroup(title: "History") var store: StoreOptions
        @Option(
            name: [.short, .long],
            help: ArgumentHelp("Write to this file (owner-only; '-' or none is stdout).", valueName: "file"))
        var output: String?

        func run() throws {
            let decisions = try TriageCommand.openStore(store)?.triageDecisions() ?? []
            try OutputDestination.write(TriageFile.yaml(decisions), to: output)
        }
    }

    /// `triage import`: adds a triage file's decisions to the store.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add the decisions of a triage file to the scan store (those already there are skipped).",
            discussion: "Every error of the file is listed with its line and column; nothing is added then (exit 2).")
        @Argument(help: ArgumentHelp("The triage file.", valueName: "triage.yaml")) var file: String
        @OptionGroup(title: "History") var store: StoreOptions

        func run() throws {
            let decisions = try TriageFile.load(path: file)
            let history = try store.open()
            do {
                let known = Set(try history.triageDecisions())
                let added = decisions.filter { !known.contains($0) }
                try history.record(added)
                print("\(added.count) decisions added, \(decisions.count - added.count) already recorded")
            } catch {
                throw StoreOptions.failure(error)
            }
        }
    }

    /// The store to read decisions from; nil when the default SQLite store does not exist yet.
    static func openStore(_ store: StoreOptions) throws -> (any ScanHistory)? {
        do {
            return try store.openExisting()
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw StoreOptions.failure(error)
        }
    }
}
