/// What an incremental rescan compares to decide that a file is unchanged: size, modification time in
/// nanoseconds, inode and device, all from the walker's `lstat` (or `stat` when following links).
public struct FileStamp: Sendable, Hashable {
    public var size: Int
    public var modificationTimeNanoseconds: Int64
    public var inode: UInt64
    public var device: UInt64

    public init(size: Int, modificationTimeNanoseconds: Int64, inode: UInt64, device: UInt64) {
        self.size = size
        self.modificationTimeNanoseconds = modificationTimeNanoseconds
        self.inode = inode
        self.device = device
    }

    init(_ entry: FileEntry) {
        self.init(
            size: entry.size, modificationTimeNanoseconds: entry.modificationTimeNanoseconds, inode: entry.inode,
            device: entry.device)
    }

    /// The stamp recorded for a file searched only in part (`pattern_limit`): a size no file has, so an
    /// incremental rescan never carries the file over and reads (and reports) it again.
    static func searchedInPart(_ entry: FileEntry) -> FileStamp {
        FileStamp(size: -1, modificationTimeNanoseconds: 0, inode: entry.inode, device: entry.device)
    }
}

/// A file a scan covered, in walk order: read now, or carried over from the previous run (not read again).
public struct CoveredFile: Sendable, Hashable {
    /// The path as findings show it.
    public var path: String
    public var stamp: FileStamp
    public var carried: Bool

    public init(path: String, stamp: FileStamp, carried: Bool) {
        self.path = path
        self.stamp = stamp
        self.carried = carried
    }
}
