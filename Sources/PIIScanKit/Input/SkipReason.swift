/// Why an item was not scanned. Skips are counted in the summary with their reason; they are not errors.
public enum SkipReason: String, Sendable, Codable, Hashable, CaseIterable, Comparable {
    /// A NUL byte in the first fill: a binary file.
    case binary
    /// Larger than `--max-file-size`.
    case tooLarge = "too_large"
    /// A FIFO, socket, character or block device: never opened, so a scan cannot block on it.
    case notRegularFile = "not_regular_file"
    /// A symbolic link while links are not followed.
    case symlink
    /// A symbolic link that leads back to a directory already being walked.
    case symlinkLoop = "symlink_loop"
    /// A symbolic link whose target does not exist.
    case brokenSymlink = "broken_symlink"
    /// Open or read was refused (EACCES/EPERM).
    case permissionDenied = "permission_denied"
    /// The file or directory disappeared between listing and reading.
    case vanished
    /// Any other read error (EIO and the like).
    case readError = "read_error"
    /// The scan was cancelled before the item was read.
    case cancelled
    /// A database statement ran past `--statement-timeout` (or waited too long for a lock).
    case timeout
    /// The database connection dropped while the table was sampled; the scan reconnected for the rest.
    case connectionLost = "connection_lost"
    /// Any other database error on a table (corrupt page, unexpected server answer).
    case databaseError = "database_error"
    /// The file was read to the end, but a detector's regex hit a PCRE2 resource limit (catastrophic
    /// backtracking) in some windows, which were not searched: its findings stand, the skip says what is missing.
    case patternLimit = "pattern_limit"

    public static func < (lhs: SkipReason, rhs: SkipReason) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One skipped item: what it was (path, or store/table/column) and why.
public struct SkippedItem: Sendable, Hashable, Codable {
    public var item: String
    public var reason: SkipReason
    /// A short human explanation (errno text, SQLSTATE message); never a value or a credential.
    public var detail: String?

    public init(item: String, reason: SkipReason, detail: String? = nil) {
        self.item = item
        self.reason = reason
        self.detail = detail
    }
}
