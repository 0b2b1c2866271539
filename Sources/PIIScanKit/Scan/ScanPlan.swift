/// Validated, compiled inputs of a scan, built once: targets, catalog, options and fingerprint key.
public struct ScanPlan: Sendable {
    /// Every target as reports show it: paths as given, databases by their credential-free locator.
    public let targets: [String]
    public let catalog: Catalog
    public let options: ScanOptions
    let fingerprinter: Fingerprinter
    /// The path targets, walked by the file scheduler.
    let fileTargets: [String]
    /// The database targets, in command-line order, scanned after the files.
    let databases: [any DatabaseStore]

    /// Fails with a usage error for a malformed or unsupported database target, or for options out of range.
    public init(
        targets: [String], catalog: Catalog, options: ScanOptions, fingerprintKey: FingerprintKey
    ) throws(ScanError) {
        guard !targets.isEmpty else { throw ScanError.usage("give at least one path to scan") }
        var display: [String] = []
        var fileTargets: [String] = []
        var databases: [any DatabaseStore] = []
        for target in targets {
            if let store = try DatabaseTarget.store(for: target) {
                databases.append(store)
                display.append(store.locator)
            } else if target.contains("://") {
                throw ScanError.usage(
                    "'\(Redaction.redactCredentials(in: target))': unsupported target (use a path, sqlite:PATH "
                        + "or postgres://)")
            } else {
                fileTargets.append(target)
                display.append(target)
            }
        }
        try Self.validate(options.database)
        guard options.jobs >= 1 else { throw ScanError.usage("--jobs must be at least 1") }
        guard (0...1).contains(options.minConfidence) else {
            throw ScanError.usage("--min-confidence must be between 0 and 1")
        }
        guard options.chunkSize >= 4096 else { throw ScanError.usage("the chunk size must be at least 4096 bytes") }
        self.targets = display
        self.fileTargets = fileTargets
        self.databases = databases
        self.catalog = catalog
        self.options = options
        self.fingerprinter = Fingerprinter(key: fingerprintKey)
    }

    private static func validate(_ database: DatabaseScanOptions) throws(ScanError) {
        guard database.sampleRows >= 1 else { throw ScanError.usage("--sample-rows must be at least 1") }
        guard database.connections >= 1 else { throw ScanError.usage("--db-connections must be at least 1") }
        guard database.statementTimeoutMilliseconds >= 1 else {
            throw ScanError.usage("--statement-timeout must be positive")
        }
        guard database.maxValueBytes >= 16 else { throw ScanError.usage("--max-value-bytes must be at least 16") }
    }
}

/// Why a scan could not start: a usage problem (exit 2).
public enum ScanError: Error, Sendable, Equatable, CustomStringConvertible {
    case usage(String)

    public var description: String {
        switch self {
        case .usage(let message): message
        }
    }
}
