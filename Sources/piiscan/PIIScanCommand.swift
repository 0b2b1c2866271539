import ArgumentParser
import PIIScanKit

/// The root command: `piiscan scan` is the default subcommand.
struct PIIScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "piiscan",
        abstract: "Find personal data (PII) in file trees, precisely located, masked and fast.",
        discussion: """
            Exit codes: 0 nothing at or above --fail-on; 1 findings at or above --fail-on; \
            2 usage or configuration error; 3 the scan could not complete.
            """,
        version: PIIScanVersion.current,
        subcommands: [
            ScanCommand.self, PatternsCommand.self, RopaCommand.self, DraftCommand.self, ReconcileCommand.self,
            GateCommand.self, HistoryCommand.self, DiffCommand.self, ReportCommand.self, TriageCommand.self,
        ],
        defaultSubcommand: ScanCommand.self
    )
}
