import ArgumentParser
import PIIScanKit

/// How results are written and when the exit code says "found".
struct OutputOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Report format: \(ReporterRegistry.all.map { $0.identifier }.joined(separator: ", ")). Default: text on a terminal, otherwise from the --output extension, else jsonl.",
            valueName: "format"))
    var format: String?

    @Option(
        name: [.short, .long],
        help: ArgumentHelp("Write the report to this file (created with owner-only permissions).", valueName: "file"))
    var output: String?

    @Flag(help: "Show raw values in the report (they are masked by default). Never use this for reports you share.")
    var reveal = false

    @Option(help: ArgumentHelp("Report only findings at or above this confidence (0 to 1).", valueName: "c"))
    var minConfidence: Double = 0.5

    @Option(
        help: ArgumentHelp(
            "Exit with 1 when a finding reaches this severity: low, medium, high, or none (never).",
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

    /// The format: explicit, else text on a terminal, else by the output file's extension, else jsonl.
    func resolvedFormat() throws -> any Reporter.Type {
        let identifier: String
        if let format {
            identifier = format
        } else if let output, let byExtension = Self.formatsByExtension.first(where: { output.hasSuffix($0.key) }) {
            identifier = byExtension.value
        } else {
            identifier = output == nil && Terminal.isTerminal(.standardOutput) ? "text" : "jsonl"
        }
        guard let reporter = ReporterRegistry.reporter(for: identifier) else {
            let known = ReporterRegistry.all.map { $0.identifier }.joined(separator: ", ")
            throw ValidationError("unknown format '\(identifier)' (known: \(known))")
        }
        return reporter
    }

    private static let formatsByExtension = [
        ".sarif": "sarif", ".sarif.json": "sarif", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
        ".txt": "text",
    ]
}

/// `--fail-on`: the lowest severity that makes the exit code 1.
enum FailThreshold: String, ExpressibleByArgument, CaseIterable {
    case low, medium, high, none

    /// Whether a finding of `severity` fails the run.
    func fails(_ severity: Severity) -> Bool {
        switch self {
        case .none: false
        case .low: true
        case .medium: severity >= .medium
        case .high: severity >= .high
        }
    }
}

/// `--color`.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}
