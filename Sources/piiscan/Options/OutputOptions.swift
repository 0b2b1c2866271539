import ArgumentParser
import PIIScanKit

/// How results are written and when the exit code says "found".
struct OutputOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Report format: \(ReporterRegistry.all.map { $0.identifier }.joined(separator: ", ")). Default: from the --output extension (.sarif, .sarif.json, .json, .jsonl, .ndjson, .txt, .md), else text when stdout is a terminal, else jsonl.",
            valueName: "format"))
    var format: String?

    @Option(
        name: [.short, .long],
        help: ArgumentHelp(
            "Write the report to this file (owner-only, replaced only once complete; '-' is stdout).",
            valueName: "file"))
    var output: String?

    @Flag(help: "Show raw values in the report (they are masked by default). Never use this for reports you share.")
    var reveal = false

    @Option(help: ArgumentHelp("Report only findings at or above this confidence (0 to 1).", valueName: "c"))
    var minConfidence: Double = 0.5

    @Option(
        help: ArgumentHelp(
            "Exit with 1 when a finding (with --ropa: a violation) reaches this severity: low, medium, high, "
                + "or none (never).",
            valueName: "severity"))
    var failOn: FailThreshold = .low

    @Option(
        help: ArgumentHelp(
            "Key file for fingerprints (default: the per-installation key, created on first use).", valueName: "file"))
    var fingerprintKeyFile: String?

    @Option(help: ArgumentHelp("Colour in text reports: auto, always, never.", valueName: "when"))
    var color: ColorChoice = .auto

    @Flag(inversion: .prefixedNo, help: "Show progress on stderr (default: only when stderr is a terminal).")
    var progress: Bool?

    /// The format: explicit, else by the output file's extension, else text on a terminal, else jsonl.
    func resolvedFormat() throws -> any Reporter.Type {
        let identifier: String
        if let format {
            identifier = format
        } else if let file = OutputDestination.file(output), let byExtension = Self.format(forOutputPath: file) {
            identifier = byExtension
        } else {
            identifier =
                OutputDestination.file(output) == nil && Terminal.isTerminal(.standardOutput) ? "text" : "jsonl"
        }
        guard let reporter = ReporterRegistry.reporter(for: identifier) else {
            let known = ReporterRegistry.all.map { $0.identifier }.joined(separator: ", ")
            throw ValidationError("unknown format '\(identifier)' (known: \(known))")
        }
        return reporter
    }

    /// The format a file name's ending asks for, case-insensitively; longer endings first, so `x.sarif.json`
    /// is SARIF, not JSON.
    static func format(forOutputPath path: String) -> String? {
        let lowercased = path.lowercased()
        return formatsByExtension.first { lowercased.hasSuffix($0.ending) }?.format
    }

    private static let formatsByExtension: [(ending: String, format: String)] = [
        (".sarif.json", "sarif"), (".sarif", "sarif"), (".jsonl", "jsonl"), (".ndjson", "jsonl"), (".json", "json"),
        (".txt", "text"), (".md", "markdown"),
    ]
}

/// `--fail-on`: the lowest severity that makes the exit code 1.
enum FailThreshold: String, ExpressibleByArgument, CaseIterable {
    case low, medium, high, none

    /// Whether a finding of `severity` fails the run.
    func fails(_ severity: Severity) -> Bool {
        switch self {
        case .none: false
        case .low: severity >= .low
        case .medium: severity >= .medium
        case .high: severity >= .high
        }
    }
}

/// `--color`.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}
