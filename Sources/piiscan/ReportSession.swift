import Foundation
import PIIScanKit

/// The chosen reporter and its output, plus the short stderr summary for non-text formats on a terminal.
struct ReportSession {
    let reporter: any Reporter
    private let output: any ReportOutput
    /// The report file and the temporary file it is written to, which the scan must not read.
    var ownFiles: Set<FileIdentity> { OutputDestination.ownFiles(output) }
    private let isText: Bool

    init(output options: OutputOptions, catalog: Catalog) throws {
        try self.init(output: options, detectors: catalog.detectorInfos)
    }

    /// For reports without a scan (`piiscan reconcile`): the detectors are only what SARIF rules describe.
    init(output options: OutputOptions, detectors: [DetectorInfo]) throws {
        let reporterType = try options.resolvedFormat()
        output = try OutputDestination.open(options.output)
        let useColor =
            switch options.color {
            case .always: true
            case .never: false
            case .auto: OutputDestination.file(options.output) == nil && Terminal.isTerminal(.standardOutput)
            }
        isText = reporterType.identifier == "text"
        reporter = reporterType.init(
            context: ReportContext(
                toolVersion: PIIScanVersion.current, detectors: detectors, useColor: useColor),
            output: output)
    }

    /// Writes the end of the report and closes the output (a report file is put in place only now); a write
    /// failure is exit code 3.
    func finish(summary: ScanSummary) throws {
        do {
            try reporter.finish(summary: summary)
            try output.close()
        } catch {
            throw CommandFailure(status: .incomplete, message: "cannot write the report: \(error)")
        }
        if !isText && Terminal.isTerminal(.standardError) {
            Terminal.writeLine(
                "piiscan: \(summary.findingCount) findings in \(summary.filesScanned) files "
                    + "(\(Terminal.formatBytes(summary.bytesScanned))), \(summary.skipped.count) skipped"
                    + (summary.failures.isEmpty ? ", " : " (\(summary.failures.count) not read), ")
                    + String(format: "%.2f s", summary.durationSeconds))
        }
    }
}
