/// Why an item was not scanned (or not scanned in full). Every skip is counted in the summary with its reason.
///
/// Reasons are of two kinds (`isFailure`): **deliberate** skips, where piiscan chose not to read something that
/// holds no text to scan or that the user left out (binary files, devices, links, over-size files, archives past
/// a bomb limit or nested too deep), and **failures**, where something that should have been read could not be (refused, vanished, corrupt, cut short,
/// a query that failed). Failures make the scan incomplete: exit code 3 unless `--allow-skips`.
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
    /// The file shrank while it was read: fewer bytes came than its size when it was opened.
    case truncated
    /// The scan was cancelled before the item was read.
    case cancelled
    /// A database statement ran past `--statement-timeout` (or waited too long for a lock).
    case timeout
    /// The database connection dropped while the table was sampled; the scan reconnected for the rest.
    case connectionLost = "connection_lost"
    /// A database that could not be opened or reached at all (missing file, refused connection, bad login).
    case unreachable
    /// A database file (or one of its pages) that is malformed, or a file that is not a database at all.
    case corrupt
    /// Any other database error on a table (a sampling query that failed, an unexpected server answer).
    case databaseError = "database_error"
    /// The file was read to the end, but a detector's regex hit a PCRE2 resource limit (catastrophic
    /// backtracking) in some windows, which were not searched: its findings stand, the skip says what is missing.
    case patternLimit = "pattern_limit"
    /// An archive member (or a whole container) that is encrypted or password-protected: its data cannot be read.
    case encrypted
    /// What was left of a container after it passed a bomb limit (`ArchiveLimits`: expanded size, expansion ratio,
    /// member count); the detail names the limit. What was read before it stays scanned.
    case archiveLimit = "archive_limit"
    /// A container nested deeper than `--max-archive-depth`, not opened.
    case archiveDepth = "archive_depth"
    /// A database file met in a walk (SQLite, Access, Parquet, Avro: `DatabaseFileFormat`), not read as a file; the
    /// detail names the format (and for SQLite how to scan it).
    case databaseFile = "database_file"
    /// A database table was sampled and classified, but some sampled values were longer than `--max-value-bytes`
    /// and were searched only up to it: the detail names each column by position and how many values were cut.
    case valuesTruncated = "values_truncated"

    /// True when something that should have been read was not: the scan is then incomplete (exit 3 unless
    /// `--allow-skips`). False for deliberate skips, and for `cancelled`, which the summary's `cancelled` flag
    /// already reports (and which always exits 3).
    public var isFailure: Bool {
        switch self {
        case .binary, .tooLarge, .notRegularFile, .symlink, .symlinkLoop, .brokenSymlink, .cancelled, .valuesTruncated,
            .archiveLimit, .archiveDepth, .databaseFile:
            false
        case .permissionDenied, .vanished, .readError, .truncated, .timeout, .connectionLost, .unreachable,
            .corrupt, .databaseError, .patternLimit, .encrypted:
            true
        }
    }

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

    /// True when the item should have been read and could not be (`SkipReason.isFailure`).
    public var isFailure: Bool { reason.isFailure }

    enum CodingKeys: String, CodingKey {
        case item, reason, detail, failure
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        item = try container.decode(String.self, forKey: .item)
        reason = try container.decode(SkipReason.self, forKey: .reason)
        detail = try container.decodeIfPresent(String.self, forKey: .detail)
    }

    /// Writes `failure` too, so a consumer need not know the table of reasons.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(item, forKey: .item)
        try container.encode(reason, forKey: .reason)
        try container.encodeIfPresent(detail, forKey: .detail)
        try container.encode(isFailure, forKey: .failure)
    }
}
