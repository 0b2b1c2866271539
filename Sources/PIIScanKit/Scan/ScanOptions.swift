import Foundation

/// Everything a user can tune about a scan (the library face of the `scan` command's options).
public struct ScanOptions: Sendable {
    /// Worker threads; default one per core.
    public var jobs = ProcessInfo.processInfo.activeProcessorCount
    /// Findings below this confidence are not reported.
    public var minConfidence = 0.5
    /// Put raw values into findings (`--reveal`).
    public var reveal = false
    public var followSymlinks = false
    /// Honour `.gitignore` and `.piiscanignore`.
    public var respectIgnoreFiles = true
    public var includeGlobs: [String] = []
    public var excludeGlobs: [String] = []
    /// Files larger than this many bytes are skipped (`too_large`); nil for no limit.
    public var maxFileSize: Int?
    /// How deep containers are opened, and the limits that stop an archive bomb.
    public var archive = ArchiveLimits()
    /// Bytes read per chunk.
    public var chunkSize = 1 << 20
    /// Added to a finding's confidence when its CSV column or JSON key names the same type.
    public var fieldBoost = 0.2
    /// Sampling, connections and timeouts for `sqlite:` and `postgres://` targets.
    public var database = DatabaseScanOptions()
    /// Keep every scanned file's path and modification time in `ScanSummary.scannedFiles` (for `--ropa`).
    public var recordScannedFiles = false
    /// Files piiscan writes during this scan (`FileOutput.ownFiles`), never scanned even inside a target.
    public var ownFiles: Set<FileIdentity> = []

    public init() {}

    var walkOptions: WalkOptions {
        var options = WalkOptions()
        options.followSymlinks = followSymlinks
        options.respectIgnoreFiles = respectIgnoreFiles
        options.includeGlobs = includeGlobs
        options.excludeGlobs = excludeGlobs
        options.maxFileSize = maxFileSize
        options.ownFiles = ownFiles
        options.opensContainers = archive.maxDepth > 0
        return options
    }
}
