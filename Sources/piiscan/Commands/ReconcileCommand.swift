import ArgumentParser
import Foundation
import PIIScanKit

/// `piiscan reconcile --ropa ropa.yaml findings.jsonl`: reconciles findings saved by `scan --format jsonl`
/// with the RoPA, without scanning again.
struct ReconcileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reconcile",
        abstract: "Check findings saved by 'scan --format jsonl' against a RoPA file.",
        discussion: """
            Modification times for retention checks are read from the files named in the findings, relative \
            to --root (the directory the scan's paths are relative to); when files of a system that declares a \
            retention are not found there, its retention is not checked and a warning says so (on stderr and as \
            a note in text, json, sarif and markdown reports). Only systems with at least one finding \
            count as scanned in full, since a saved report does not list what was scanned without finding \
            anything; items its summary line lists as skipped, and a scan it marks incomplete (a warning on \
            stderr), take that away too. Exit codes: 0 no violation at or above --fail-on; 1 violations at or \
            above it; 2 usage, RoPA or findings-file error; 3 the report could not be written.
            """
    )

    @Option(help: ArgumentHelp("The RoPA file.", valueName: "ropa.yaml"))
    var ropa: String

    @Option(help: ArgumentHelp("Directory the findings' paths are relative to (default: current).", valueName: "dir"))
    var root = "."

    @Argument(
        help: ArgumentHelp(
            "Findings written by 'piiscan scan --format jsonl' ('-' for stdin).", valueName: "findings.jsonl"))
    var findings: String

    @OptionGroup(title: "Output") var output: OutputOptions

    func validate() throws {
        guard (0...1).contains(output.minConfidence) else {
            throw ValidationError("--min-confidence must be between 0 and 1")
        }
        _ = try output.resolvedFormat()
    }

    func run() throws {
        let taxonomy = try CatalogLoader.loadTaxonomy()
        let document = try RoPAFile.load(ropa, taxonomy: taxonomy)
        let file = try FindingsFile.read(path: findings)
        let saved = file.findings.filter { $0.confidence >= output.minConfidence }
        if let scan = file.summary, scan.cancelled || !scan.readEverything {
            Terminal.warning(
                "\(findings): the scan that wrote it was incomplete (cancelled, an unreadable target, or items "
                    + "that could not be read); systems holding what it missed do not count as scanned in full")
        }
        let reconciler = Reconciler(document: document, taxonomy: taxonomy, minConfidence: output.minConfidence)
        let coverage = ScanCoverage(findings: saved, root: root, summary: file.summary)
        let violations = reconciler.reconcile(saved, coverage: coverage)
        var summary = ScanSummary(targets: [findings])
        for finding in saved { summary.findingsByType[finding.type, default: 0] += 1 }
        summary.notes =
            reconciler.freeTextRetentionNotes(saved)
            + reconciler.uncheckedRetention(saved, coverage: coverage, root: root)
        for note in summary.notes { Terminal.warning(note) }
        let session = try ReportSession(output: output, detectors: [])
        do {
            try session.reporter.add(saved)
            try session.reporter.add(violations: violations)
        } catch {
            throw CommandFailure(status: .incomplete, message: "cannot write the report: \(error)")
        }
        try session.finish(summary: summary)
        if violations.contains(where: { output.failOn.fails($0.severity) }) {
            throw ExitCode(ExitStatus.findings.rawValue)
        }
    }
}

/// Reads a JSON Lines findings file (DESIGN §3.1) with its `{"summary": …}` line when it has one (reports of
/// piiscan 0.1 end without); a line that is neither is a usage error naming the file and line, never the line's
/// content.
struct FindingsFile {
    var findings: [Finding] = []
    /// The scan's summary line, if the file has one.
    var summary: ScanSummary?

    /// How `scan --format jsonl` starts its summary line (keys sorted, no spaces): findings are not parsed twice.
    private static let summaryPrefix = Array(#"{"summary":"#.utf8)

    /// The summary line: one key, `summary`, which no finding record has.
    private struct SummaryLine: Decodable {
        var summary: ScanSummary
    }

    static func read(path: String) throws -> FindingsFile {
        let data: Data?
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            data = FileManager.default.contents(atPath: path)
        }
        guard let data else { throw CommandFailure(status: .usage, message: "\(path): cannot read the findings file") }
        let decoder = JSONDecoder()
        var file = FindingsFile()
        for (index, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            guard line.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\r") }) else { continue }
            let isSummary = line.starts(with: Self.summaryPrefix)
            do {
                if isSummary {
                    file.summary = try decoder.decode(SummaryLine.self, from: Data(line)).summary
                } else {
                    file.findings.append(try decoder.decode(Finding.self, from: Data(line)))
                }
            } catch {
                let record = isSummary ? "summary" : "finding"
                throw CommandFailure(
                    status: .usage, message: "\(path):\(index + 1): not a \(record) record (\(Self.reason(error)))")
            }
        }
        return file
    }

    private static func reason(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "missing '\(key.stringValue)'"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "wrong type for '\(context.codingPath.map(\.stringValue).joined(separator: "."))'"
        case DecodingError.dataCorrupted(let context):
            context.codingPath.isEmpty
                ? "invalid JSON" : "invalid '\(context.codingPath.map(\.stringValue).joined(separator: "."))'"
        default: "invalid record"
        }
    }
}
