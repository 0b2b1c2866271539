import ArgumentParser
import PIIScanKit

/// The options of `piiscan gate`.
struct GateOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The RoPA file the migrations are checked against.", valueName: "ropa.yaml"))
    var ropa: String

    @Argument(
        help: ArgumentHelp(
            "Migration directories or .sql files. Each directory's layout (Flyway, golang-migrate, Prisma, numbered, "
                + "plain) is detected and its files applied in that framework's order.",
            valueName: "migration-path"))
    var migrationPaths: [String]

    @Option(
        help: ArgumentHelp(
            "The RoPA system that owns the migrations (default: the system whose 'path:' location matches each "
                + "migration file, relative to the current directory).",
            valueName: "id"))
    var system: String?

    @Option(
        help: ArgumentHelp(
            "SQL dialect: sqlite or postgres (default: postgres with --scratch, else detected from the files).",
            valueName: "dialect"))
    var dialect: GateDialect?

    @Option(
        help: ArgumentHelp(
            "Apply the migrations on this PostgreSQL server (postgres://user@host:5432/db or 'host=… dbname=…'), "
                + "in a transaction that is always rolled back. Default: an in-memory SQLite database.",
            valueName: "target"))
    var scratch: String?

    @Option(
        help: ArgumentHelp(
            "Check only migrations added since this git revision (e.g. origin/main); all are still applied.",
            valueName: "rev"))
    var base: String?

    @Option(help: ArgumentHelp("Accept the failures listed in this baseline file.", valueName: "file"))
    var baseline: String?

    @Option(
        help: ArgumentHelp(
            "Write the current failures to this baseline file (then exit 0 unless something else fails).",
            valueName: "file"))
    var writeBaseline: String?

    @Option(help: ArgumentHelp("Report format: text, sarif or github (workflow annotations).", valueName: "format"))
    var format: GateFormat = .text

    @Option(
        name: [.short, .long],
        help: ArgumentHelp(
            "Write the report to this file (owner-only, replaced only once complete; '-' is stdout).",
            valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Report only PII types at or above this confidence (0 to 1).", valueName: "c"))
    var minConfidence: Double = 0.5

    @Flag(
        help: "Also print the detected layouts, the dialect and the database on stderr (text output always shows them)."
    )
    var verbose = false
}

extension GateFormat: ExpressibleByArgument {}
extension GateDialect: ExpressibleByArgument {}
