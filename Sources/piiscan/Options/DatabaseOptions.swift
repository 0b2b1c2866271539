import ArgumentParser
import PIIScanKit

/// How `sqlite:` and `postgres://` targets are read.
struct DatabaseOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Rows sampled per table at most (default 1000).", valueName: "n"))
    var sampleRows = 1000

    @Option(
        name: .customLong("db-connections"),
        help: ArgumentHelp("Connections per database, used in parallel (default 2).", valueName: "n"))
    var connections = 2

    @Flag(help: "Sample views too (tables only by default).")
    var includeViews = false

    @Flag(help: "Read BLOB and bytea columns too (skipped by default).")
    var includeBinary = false

    @Option(
        help: ArgumentHelp(
            "Cancel a database statement after this long (e.g. 500ms, 30s, 2m; default 30s); the table is skipped.",
            valueName: "duration"))
    var statementTimeout = Duration(milliseconds: 30_000)

    @Option(
        help: ArgumentHelp(
            "Truncate each sampled value to this size before detection (e.g. 4K; default 4K).", valueName: "size"))
    var maxValueBytes: ByteSize?

    @Option(
        help: ArgumentHelp(
            "Seed the random choice of sampled rows (0 to 4294967295), to draw the same sample again; "
                + "default: a new seed each scan, reported with each table's sample.",
            valueName: "n"))
    var sampleSeed: UInt32?

    func apply(to options: inout ScanOptions) {
        options.database.sampleRows = sampleRows
        options.database.connections = connections
        options.database.includeViews = includeViews
        options.database.includeBinary = includeBinary
        options.database.statementTimeoutMilliseconds = statementTimeout.milliseconds
        if let maxValueBytes { options.database.maxValueBytes = maxValueBytes.bytes }
        options.database.sampleSeed = sampleSeed
    }

    /// A time span written as a number with an optional `ms`, `s`, `m` or `h` unit (seconds without one).
    struct Duration: ExpressibleByArgument {
        var milliseconds: Int

        init(milliseconds: Int) {
            self.milliseconds = milliseconds
        }

        init?(argument: String) {
            let units: [(suffix: String, factor: Int)] = [("ms", 1), ("s", 1000), ("m", 60_000), ("h", 3_600_000)]
            let text = argument.lowercased()
            let unit = units.first { text.hasSuffix($0.suffix) } ?? ("", 1000)
            guard let value = Int(text.dropLast(unit.suffix.count)), value > 0 else { return nil }
            milliseconds = value * unit.factor
        }

        var defaultValueDescription: String { "\(milliseconds)ms" }
    }
}
