import CLibArchive

/// Writes an archive file with libarchive: a format by name (`zip`, `pax`, `7zip`, `raw`…), filters by name
/// (`gzip`, `bzip2`, `xz`, `zstd`), libarchive options (`zip:encryption=zipcrypt`) and a passphrase. Made for test
/// fixtures and examples; member names are written as given. Not `Sendable`.
public final class ArchiveWriter {
    private let archive: OpaquePointer
    private var closed = false

    public init(
        path: String, format: String, filters: [String] = [], options: String? = nil, passphrase: String? = nil
    ) throws(ArchiveError) {
        guard let archive = archive_write_new() else {
            throw ArchiveError(severity: .archive, message: "libarchive could not allocate a writer")
        }
        self.archive = archive
        try check(archive_write_set_format_by_name(archive, format))
        for filter in filters { try check(archive_write_add_filter_by_name(archive, filter)) }
        if let options { try check(archive_write_set_options(archive, options)) }
        if let passphrase { try check(archive_write_set_passphrase(archive, passphrase)) }
        try check(archive_write_open_filename(archive, path))
    }

    deinit {
        if !closed { archive_write_close(archive) }
        archive_write_free(archive)
    }

    /// Adds a regular file member named `path` holding `contents`.
    public func add(path: String, contents: [UInt8]) throws(ArchiveError) {
        guard let entry = archive_entry_new() else {
            throw ArchiveError(severity: .archive, message: "libarchive could not allocate an entry")
        }
        defer { archive_entry_free(entry) }
        archive_entry_set_pathname(entry, path)
        archive_entry_set_size(entry, Int64(contents.count))
        piiscan_archive_entry_set_regular(entry)
        archive_entry_set_perm(entry, 0o644)
        archive_entry_set_mtime(entry, 1_700_000_000, 0)
        try check(archive_write_header(archive, entry))
        var written = 0
        while written < contents.count {
            let count = contents.withUnsafeBytes { bytes in
                archive_write_data(archive, bytes.baseAddress! + written, bytes.count - written)
            }
            guard count > 0 else { throw ArchiveError(archive, status: ARCHIVE_FATAL) }
            written += count
        }
        try check(archive_write_finish_entry(archive))
    }

    /// Finishes the archive (trailers, filter flush) and closes the file.
    public func close() throws(ArchiveError) {
        closed = true
        try check(archive_write_close(archive))
    }

    private func check(_ status: Int32) throws(ArchiveError) {
        guard status == ARCHIVE_OK || status == ARCHIVE_WARN else { throw ArchiveError(archive, status: status) }
    }
}
