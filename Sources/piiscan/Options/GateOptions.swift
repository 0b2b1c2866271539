import ArgumentParser
import PIIScanKit

/// The options of `piiscan gate`.
struct GateOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The RoPA file the migrations are checked against.", valueName: "ropa.yaml"))
    var ropa: String

    @Argument(
        help: ArgumentHelp(
            "Migration directories or .sql files. Each directory's layout (Flyway, golang-migrate, Diesel, sqlx, "
                + "Prisma, goose, dbmate, Liquibase, structure.sql, numbered, plain) is detected and its files read in "
                + "that framework's order; down migrations are never read.",
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
            "SQL dialect: postgres (read by PostgreSQL's own parser, no server) or sqlite (applied to an in-memory "
                + "SQLite). Default: postgres with --scratch, else detected per path from the files.",
            valueName: "dialect"))
    var dialect: GateDialect?

    @Option(
        help: ArgumentHelp(
            "Apply the migrations on this PostgreSQL server (postgres://user@host:5432/db or 'host=… dbname=…'), "
                + "in a transaction that is always rolled back. Default: no server.",
            valueName: "target"))
    var scratch: String?

    @Option(
        name: .customLong("exclude"),
        help: ArgumentHelp(
            "Leave out migration files matching this gitignore-style glob (relative to the directory given, or the "
                + "file name for a glob without '/'); repeatable.",
            valueName: "glob"))
    var excludeGlobs: [String] = []

    @Option(
        help: ArgumentHelp(
            "Check only migrations added since this git revision (e.g. origin/main); all are still applied.",
            valueName: "rev"))
    var base: String?

    @Option(help: ArgumentHelp("Accept the failures listed in this baseline file.", valueName: "file"))
    var baseline: String?

    @Option(
        help: ArgumentHelp(
            "Apply the owners' decisions in this triage file ('piiscan triage export'): a column marked a false "
                + "positive, or an accepted risk before its review day, passes; after the review day it fails again.",
            valueName: "triage.yaml"))
    var triage: String?

    @Option(
        help: ArgumentHelp(
            "Write the current failures to this baseline file (then exit 0 unless something else fails).",
            valueName: "file"))
    var writeBaseline: String?

    @Option(
        help: ArgumentHelp(
            "Report format: text, sarif, github (workflow annotations) or columns (every checked column, one per line).",
            valueName: "format"))
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
        help: ArgumentHelp(
            "List every classified column with its verdict in the text report; print the detected layouts and "
                + "dialects on stderr for the other formats (the text report always shows them).")
    )
    var verbose = false
}

extension GateFormat: ExpressibleByArgument {}
extension GateDialect: ExpressibleByArgument {}
