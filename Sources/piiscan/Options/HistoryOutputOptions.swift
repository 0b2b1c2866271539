import ArgumentParser
import PIIScanKit

/// `--format` and `--output` of `history` and `diff`, chosen as `scan` chooses them: explicit, else by the output
/// file's extension; the file is created owner-only.
struct HistoryOutputOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Output format: text, json, jsonl. Default: from the --output extension (.json, .jsonl, .ndjson), else "
                + "text.",
            valueName: "format"))
    var format: String?

    @Option(
        name: [.short, .long],
        help: ArgumentHelp("Write to this file (created with owner-only permissions).", valueName: "file"))
    var output: String?

    func resolvedFormat() throws -> HistoryFormat {
        guard let format = HistoryFormat.resolve(format: format, output: output) else {
            throw ValidationError("unknown format '\(format ?? "")' (known: text, json, jsonl)")
        }
        return format
    }

    /// Writes `text` to the output file or stdout; a write failure is exit 3.
    func write(_ text: String) throws {
        do {
            let destination: any ReportOutput = try output.map { try FileOutput(path: $0) } ?? StandardOutput()
            try destination.write(text)
            try destination.flush()
        } catch {
            throw CommandFailure(status: .incomplete, message: "cannot write the output: \(error)")
        }
    }
}
