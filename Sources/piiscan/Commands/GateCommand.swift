import ArgumentParser
import Foundation
import PIIScanKit

/// `piiscan gate --ropa ropa.yaml MIGRATIONS…`: the CI gate that stops a migration adding a PII column the RoPA
/// does not declare. The work is `Gate.run` in PIIScanKit; this command maps options and exit codes.
struct GateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gate",
        abstract: "Fail when SQL migrations add PII columns the RoPA does not declare.",
        discussion: """
            PostgreSQL migrations are read by PostgreSQL's own parser, with no server; SQLite migrations are \
            applied to an in-memory SQLite; with --scratch they are applied on a PostgreSQL server in a \
            rolled-back transaction. Every new or renamed column is classified by \
            name, type and comment and checked against the owning system's declared categories. Suppress a \
            reviewed column with '-- piiscan:ignore <reason>' or '-- piiscan:category <key>' on its line, or \
            with --baseline. Exit codes: 0 passed; 1 undeclared PII columns; 2 usage, RoPA, baseline or \
            migration SQL error; 3 the scratch database could not be used or the report not written.
            """
    )

    @OptionGroup var options: GateOptions
    @OptionGroup(title: "Patterns") var patterns: PatternOptions

    func validate() throws {
        guard (0...1).contains(options.minConfidence) else {
            throw ValidationError("--min-confidence must be between 0 and 1")
        }
        if options.dialect == .sqlite && options.scratch != nil {
            throw ValidationError("--scratch applies PostgreSQL migrations; it cannot be used with --dialect sqlite")
        }
    }

    func run() throws {
        var request = GateRequest(
            ropaPath: options.ropa, migrationPaths: options.migrationPaths,
            currentDirectory: FileManager.default.currentDirectoryPath)
        request.systemID = options.system
        request.dialect = options.dialect
        request.excludeGlobs = options.excludeGlobs
        request.scratch = options.scratch
        request.base = options.base
        request.baselinePath = options.baseline
        request.triage = try options.triage.map {
            TriageBook(try TriageFile.load(path: $0), today: CalendarDay(Date()))
        }
        request.catalogOptions = patterns.catalogOptions
        request.minConfidence = options.minConfidence
        // Both files are checked before the migrations run; each is put in place only once written.
        let report = try OutputDestination.open(options.output)
        let baseline = try options.writeBaseline.map { try OutputDestination.open($0) }
        let result: GateResult
        do {
            result = try Gate.run(request)
        } catch {
            for line in error.context { Terminal.writeLine("piiscan gate: \(line)") }
            Terminal.error(error.message)
            for note in error.notes { Terminal.writeLine("  \(note)") }
            throw ExitCode((error.kind == .usage ? ExitStatus.usage : ExitStatus.incomplete).rawValue)
        }
        if options.verbose && options.format != .text {
            for line in result.preamble { Terminal.writeLine("piiscan gate: \(line)") }
        }
        try OutputDestination.finish(report, with: options.format.render(result, verbose: options.verbose))
        if let baseline, let path = options.writeBaseline {
            let entries = result.findings.filter { $0.fails || $0.verdict == .baselined }.map(\.key)
            try OutputDestination.finish(baseline, with: GateBaseline(entries: entries).encoded())
            Terminal.writeLine("piiscan gate: wrote \(Set(entries).count) baseline entries to \(path)")
            return
        }
        if !result.passed { throw ExitCode(ExitStatus.findings.rawValue) }
    }
}
