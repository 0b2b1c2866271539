/// What to check: the inputs of one `piiscan gate` run, as the CLI validated them.
public struct GateRequest: Sendable {
    public var ropaPath: String
    /// Migration directories or files, as given.
    public var migrationPaths: [String]
    /// The owning system; nil: found from the RoPA's `path:` locations.
    public var systemID: String?
    /// nil: `postgres` with `--scratch`, else detected per set from the files.
    public var dialect: GateDialect?
    /// `--exclude`: gitignore-style globs for migration files not to read, matched against each file's path
    /// relative to the directory given (or its base name, for globs without `/`).
    public var excludeGlobs: [String] = []

    /// A PostgreSQL target to apply the migrations on (in a transaction that is rolled back).
    public var scratch: String?
    /// Check only migrations added since this git revision (all are still applied).
    public var base: String?
    public var baselinePath: String?
    /// Owners' decisions (`--triage`): a column marked a false positive, or an accepted risk before its review
    /// day, passes.
    public var triage: TriageBook?
    public var catalogOptions = CatalogOptions()
    public var minConfidence = 0.5
    /// Absolute; relative paths and `path:` globs are taken from here.
    public var currentDirectory: String

    public init(ropaPath: String, migrationPaths: [String], currentDirectory: String) {
        self.ropaPath = ropaPath
        self.migrationPaths = migrationPaths
        self.currentDirectory = currentDirectory
    }
}
