/// One migration file to apply: where it is and what it holds.
public struct MigrationFile: Sendable, Hashable {
    /// The path as reports show it: relative to the current directory when under it, else absolute.
    public var path: String
    /// The absolute, symlink-free path (for comparing with files git names).
    public var absolutePath: String
    /// The path relative to the repository root, for SARIF and CI annotations; `path` outside a repository.
    public var repositoryPath: String
    public var bytes: [UInt8]

    public init(path: String, absolutePath: String, repositoryPath: String, bytes: [UInt8]) {
        self.path = path
        self.absolutePath = absolutePath
        self.repositoryPath = repositoryPath
        self.bytes = bytes
    }
}

/// The migrations found under one command-line path, in the order they apply.
public struct MigrationGroup: Sendable {
    /// The path as given.
    public var argument: String
    public var layout: MigrationLayout
    public var files: [MigrationFile]
    /// `.sql` files the layout does not apply (Flyway undo files, down migrations, strays).
    public var ignored: [String]
    /// Files left out by `--exclude`.
    public var excluded: [String] = []
    /// The dialect the set is read in, and why (`--dialect`, or the evidence found in the files).
    public var dialect: GateDialect = .sqlite
    public var dialectEvidence = ""
}
