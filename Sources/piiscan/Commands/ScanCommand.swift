import ArgumentParser
import Foundation
import PIIScanKit

/// `piiscan scan PATH...`: walks the paths and reports every piece of PII found.
struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Scan files, directories and databases for personal data.",
        discussion: """
            Findings are masked unless --reveal is given; fingerprints are keyed hashes (HMAC-SHA256). \
            Skipped items are listed in the summary with their reason. Deliberate skips (binary, too large, FIFOs \
            and devices, symlinks) do not change the exit code; failures (unreadable, vanished or shrunk while read, \
            a corrupt database, a failed sampling query) make it 3 unless --allow-skips. \
            Every scan is recorded in the scan store (see --store, --no-store; 'piiscan history' lists runs), and \
            files unchanged since the last complete run with the same targets and settings are not read again: \
            their earlier findings are reported in their place (--full reads everything).
            """
    )

    @OptionGroup(title: "Targets") var targets: TargetOptions
    @OptionGroup(title: "Databases") var database: DatabaseOptions
    @OptionGroup(title: "Detectors") var patterns: PatternOptions
    @OptionGroup(title: "Output") var output: OutputOptions
    @OptionGroup(title: "History") var store: StoreOptions
    @OptionGroup(title: "Exit code") var skips: SkipOptions
    @OptionGroup(title: "Triage") var triage: TriageOptions

    @Flag(help: "Do not record this scan in the scan store (and do not carry anything over from it).")
    var noStore = false

    @Flag(help: "Read every file again, even those unchanged since the last complete run.")
    var full = false

    @Option(
        help: ArgumentHelp(
            "Reconcile the findings with this RoPA file and report violations; the exit code then follows the "
                + "violations (see --fail-on).", valueName: "ropa.yaml"))
    var ropa: String?

    func validate() throws {
        guard (targets.jobs ?? 1) >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard (0...1).contains(output.minConfidence) else {
            throw ValidationError("--min-confidence must be between 0 and 1")
        }
        _ = try output.resolvedFormat()
    }

    func run() throws {
        // Installed first, so a Ctrl-C while the catalog compiles also ends with a (empty) cancelled report.
        let scanner = Scanner()
        let interrupts = InterruptHandler { scanner.cancel() }
        var options = ScanOptions()
        targets.apply(to: &options)
        database.apply(to: &options)
        options.minConfidence = output.minConfidence
        options.reveal = output.reveal
        options.recordScannedFiles = ropa != nil
        let catalog = try CatalogLoader.load(patterns.catalogOptions)
        let document = try ropa.map { try RoPAFile.load($0, taxonomy: catalog.taxonomy) }
        let session = try ReportSession(output: output, catalog: catalog)
        options.ownFiles = session.ownFiles
        let plan = try ScanPlan(
            targets: targets.paths, catalog: catalog, options: options, fingerprintKey: try fingerprintKey())
        let history = noStore ? nil : try store.open()
        let book: TriageBook
        do {
            book = try triage.book(history: history)
        } catch let error as ConfigFileErrors {
            throw error
        } catch {
            throw StoreOptions.failure(error)
        }
        let recording =
            try history.map {
                try ScanRecording.start(
                    history: $0, plan: plan, catalogOptions: patterns.catalogOptions, full: full || output.reveal)
            } ?? ScanRecording.disabled

        let progress =
            output.progress ?? Terminal.isTerminal(.standardError) ? ProgressDisplay(progress: scanner.progress) : nil
        progress?.start()
        var failing = false
        var kept: [Finding] = []
        var summary = ScanSummary(targets: plan.targets)
        var violations: [Violation] = []
        var falsePositives = 0
        do {
            summary = try scanner.run(plan, incremental: recording.incremental) { file in
                try recording.recorder?.add(file)
            } onFindings: { findings, carried in
                // The store keeps every finding (a decision can be reopened); reports see them triaged.
                try recording.recorder?.add(findings, carried: carried)
                let triaged = book.apply(findings)
                falsePositives += triaged.falsePositives
                failing =
                    failing || triaged.kept.contains { output.failOn.fails($0.severity) && $0.triage?.excuses != true }
                if document != nil { kept += triaged.kept }
                try session.reporter.add(triaged.kept)
            }
            if let document {
                let reconciler = Reconciler(
                    document: document, taxonomy: catalog.taxonomy, minConfidence: output.minConfidence)
                violations = reconciler.reconcile(kept, coverage: ScanCoverage(summary: summary))
                summary.notes += reconciler.freeTextRetentionNotes(kept)
                let triaged = book.apply(violations)
                falsePositives += triaged.falsePositives
                failing = triaged.kept.contains { output.failOn.fails($0.severity) && $0.triage?.excuses != true }
                try session.reporter.add(violations: triaged.kept)
            }
            summary.noteTriage(book, falsePositives: falsePositives)
        } catch {
            progress?.stop()
            recording.abandon(summary: summary)
            if error is StoreError { throw StoreOptions.failure(error) }
            throw CommandFailure(status: .incomplete, message: "cannot write the report: \(error)")
        }
        progress?.stop()
        withExtendedLifetime(interrupts) {}
        do {
            try session.finish(summary: summary)
        } catch {
            recording.abandon(summary: summary)
            throw error
        }
        try recording.finish(summary: summary, violations: violations, complete: !skips.isIncomplete(summary))
        try skips.checkComplete(summary)
        if failing { throw ExitCode(ExitStatus.findings.rawValue) }
    }

    private func fingerprintKey() throws -> FingerprintKey {
        do {
            if let path = output.fingerprintKeyFile { return try FingerprintKey.load(fromFile: path) }
            return try FingerprintKey.loadOrCreateInstallationKey()
        } catch let error as FingerprintKeyError where error.code == .ioError && output.fingerprintKeyFile == nil {
            throw CommandFailure(status: .usage, message: "\(error), or give --fingerprint-key-file")
        } catch {
            throw CommandFailure(status: .usage, message: "\(error)")
        }
    }
}
