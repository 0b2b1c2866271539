/// One unit of work: a file to scan, numbered in walk order so results can be emitted in that order.
struct ScanItem: Sendable {
    var sequence: Int
    var file: FileEntry
    /// The path reported in findings (relative to its root, prefixed by the root when several are scanned).
    var displayPath: String
}

/// What a worker hands back for one item.
struct ItemResult: Sendable {
    var findings: [Finding]
    var bytesScanned: Int
    var skipped: SkippedItem?
    /// The file scanned, with its modification time (for RoPA retention checks); nil when skipped.
    var scannedFile: ScannedFile? = nil
}
