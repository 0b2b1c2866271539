import ArgumentParser
import PIIScanKit

/// `--format` and `--output` of `history` and `diff`, chosen as `scan` chooses them: explicit, else by the output
/// file's extension; the file is written through `OutputDestination` (owner-only, replaced once complete).
struct HistoryOutputOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Output format: text, json, jsonl. Default: from the --output extension (.json, .jsonl, .ndjson), else "
                + "text.",
            valueName: "format"))
    var format: String?

    @Option(
        name: [.short, .long],
        help: ArgumentHelp(
            "Write to this file (owner-only, replaced only once complete; '-' is stdout).", valueName: "file"))
    var output: String?

    func resolvedFormat() throws -> HistoryFormat {
        guard let format = HistoryFormat.resolve(format: format, output: OutputDestination.file(output)) else {
            throw ValidationError("unknown format '\(format ?? "")' (known: text, json, jsonl)")
        }
        return format
    }

    /// Writes `text` to the output file or stdout; a write failure is exit 3.
    func write(_ text: String) throws {
        try OutputDestination.write(text, to: output)
    }
}
