/// One unit of work: a file to scan, numbered in walk order so results can be emitted in that order.
struct ScanItem: Sendable {
    var sequence: Int
    var file: FileEntry
    /// The path reported in findings (relative to its root, prefixed by the root when several are scanned).
    var displayPath: String
}

/// What a worker hands back for one item, or for part of it: a file with many findings hands them back in parts
/// as it goes (`isPart`), then a closing result with the rest, its counts and its stamp.
struct ItemResult: Sendable {
    var findings: [Finding]
    var bytesScanned: Int
    var skipped: SkippedItem?
    /// A file read to the end in which some windows could not be searched (`pattern_limit`): counted as scanned,
    /// its findings reported, and listed with the skipped items.
    var incomplete: SkippedItem? = nil
    /// Members of a container that were skipped (binary, encrypted, too large, nested too deep, unreadable), listed
    /// with the skipped items; a failure among them makes the container's stamp `FileStamp.searchedInPart`.
    var memberSkips: [SkippedItem] = []
    /// The file scanned, with its modification time (for RoPA retention checks); nil when skipped.
    var scannedFile: ScannedFile? = nil
    /// The file's stamp when it was read or carried over (`FileStamp.searchedInPart` when incomplete, so an
    /// incremental rescan reads it again instead of carrying the gap over); nil when skipped.
    var stamp: FileStamp? = nil
    /// A SQLite file met in the walk: the path to open, scanned as a `sqlite:` target after the files (the item
    /// itself is neither scanned as a file nor skipped).
    var database: String? = nil
    /// True when the file was not read because it is unchanged since the previous run.
    var carried = false
    /// True for a part of a file's findings that more results of the same item follow.
    var isPart = false

    /// Findings handed back before the file is done, so that no file's findings are ever all held at once.
    static func part(_ findings: [Finding]) -> ItemResult {
        ItemResult(findings: findings, bytesScanned: 0, skipped: nil, isPart: true)
    }

    /// What the findings of this result hold in memory, roughly (the emitter's byte budget counts it).
    var estimatedBytes: Int { Self.bytesPerFinding * findings.count }
    static let bytesPerFinding = 512

    /// The result of an item carried over (unchanged since the previous complete run, so not read): no bytes,
    /// findings filled in by `Scanner` from the store. The producer hands it to the emitter itself.
    static func carriedOver(_ item: ScanItem) -> ItemResult {
        ItemResult(
            findings: [], bytesScanned: 0, skipped: nil,
            scannedFile: ScannedFile(path: item.displayPath, modificationTime: item.file.modificationTime),
            stamp: FileStamp(item.file), carried: true)
    }
}
