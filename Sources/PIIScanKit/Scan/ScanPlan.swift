/// Validated, compiled inputs of a scan, built once: targets, catalog, options and fingerprint key.
public struct ScanPlan: Sendable {
    public let targets: [String]
    public let catalog: Catalog
    public let options: ScanOptions
    let fingerprinter: Fingerprinter

    /// Fails with a usage error for a target that is not a path (database targets are not supported yet)
    /// or for options out of range.
    public init(
        targets: [String], catalog: Catalog, options: ScanOptions, fingerprintKey: FingerprintKey
    ) throws(ScanError) {
        guard !targets.isEmpty else { throw ScanError.usage("give at least one path to scan") }
        for target in targets where target.hasPrefix("sqlite:") || target.contains("://") {
            throw ScanError.usage(
                "'\(Redaction.redactCredentials(in: target))': database targets are not supported yet")
        }
        guard options.jobs >= 1 else { throw ScanError.usage("--jobs must be at least 1") }
        guard (0...1).contains(options.minConfidence) else {
            throw ScanError.usage("--min-confidence must be between 0 and 1")
        }
        guard options.chunkSize >= 4096 else { throw ScanError.usage("the chunk size must be at least 4096 bytes") }
        self.targets = targets
        self.catalog = catalog
        self.options = options
        self.fingerprinter = Fingerprinter(key: fingerprintKey)
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
