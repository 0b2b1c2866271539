/// A regular file to scan.
package struct FileEntry: Sendable, Hashable {
    /// The path to open (absolute or as given).
    package var path: String
    /// Relative to the scanned root; for a root that is a file, its path as given.
    package var displayPath: String
    package var size: Int
    /// Seconds since the epoch.
    package var modificationTime: Double
    /// The same instant in whole nanoseconds (exact; incremental rescans compare it).
    package var modificationTimeNanoseconds: Int64
    package var inode: UInt64
    package var device: UInt64

    package init(
        path: String, displayPath: String, size: Int, modificationTime: Double, modificationTimeNanoseconds: Int64,
        inode: UInt64, device: UInt64
    ) {
        self.path = path
        self.displayPath = displayPath
        self.size = size
        self.modificationTime = modificationTime
        self.modificationTimeNanoseconds = modificationTimeNanoseconds
        self.inode = inode
        self.device = device
    }
}

/// What the walker reports, in walk order: a file to scan, or an item it did not scan and why.
package enum WalkEvent: Sendable, Hashable {
    case file(FileEntry)
    case skipped(SkippedItem)
}
