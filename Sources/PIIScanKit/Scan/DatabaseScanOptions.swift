/// How database targets are read (the library face of the `scan` command's database options).
public struct DatabaseScanOptions: Sendable {
    /// At most this many rows per table (`--sample-rows`).
    public var sampleRows = 1000
    /// Sessions opened per store and used in parallel (`--db-connections`).
    public var connections = 2
    /// Sample views too (`--include-views`).
    public var includeViews = false
    /// Read BLOB / `bytea` columns too (`--include-binary`).
    public var includeBinary = false
    /// Per-statement timeout (`--statement-timeout`).
    public var statementTimeoutMilliseconds = 30_000
    /// Longer values are truncated to this many bytes before detection (`--max-value-bytes`).
    public var maxValueBytes = 4096
    /// Seeds the random choices of every table's sample (`--sample-seed`); nil draws a new seed for each scan, so
    /// that repeated scans see different rows. The seed used is reported with each sample.
    public var sampleSeed: UInt32?

    public init() {}

    /// The limits of one scan, with `seed` for its samples.
    func limits(seed: UInt32) -> SampleLimits {
        var limits = SampleLimits()
        limits.seed = seed
        limits.rows = sampleRows
        limits.maxValueBytes = maxValueBytes
        limits.includeBinary = includeBinary
        limits.statementTimeoutMilliseconds = statementTimeoutMilliseconds
        return limits
    }

    func filter(includeGlobs: [String], excludeGlobs: [String]) -> DatabaseFilter {
        DatabaseFilter(includeGlobs: includeGlobs, excludeGlobs: excludeGlobs, includeViews: includeViews)
    }
}
