import CLibArchive

/// A libarchive failure: what was being done, how bad it is, and libarchive's own message (about the archive's
/// structure, such as `Truncated input file` or `Damaged tar archive`; it never quotes member data).
public struct ArchiveError: Error, Sendable, Equatable, CustomStringConvertible {
    /// How far the failure reaches.
    public enum Severity: Sendable, Equatable {
        /// The current entry cannot be read; the next one may be (`ARCHIVE_FAILED`).
        case entry
        /// Nothing more can be read from the archive (`ARCHIVE_FATAL`).
        case archive
    }

    public var severity: Severity
    public var message: String

    public init(severity: Severity, message: String) {
        self.severity = severity
        self.message = message
    }

    /// The error libarchive recorded on `archive` after a call returned `status`.
    init(_ archive: OpaquePointer, status: Int32) {
        severity = status == ARCHIVE_FATAL ? .archive : .entry
        message = archive_error_string(archive).map { String(cString: $0) } ?? "libarchive error \(status)"
    }

    public var description: String { message }
}
