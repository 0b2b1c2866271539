/// One fill of a `ChunkReader`'s buffer: `bytes` holds the file's bytes `[fileOffset, fileOffset + bytes.count)`.
///
/// A match is reported only if it starts in `[reportFrom, reportUntil)` (offsets into `bytes`): the bytes before
/// `reportFrom` were reported with the previous chunk and are there as lookbehind; the bytes from `reportUntil` on
/// come again at the front of the next chunk (DESIGN §2.5). Valid only during the `read` callback.
package struct Chunk {
    package let bytes: UnsafeRawBufferPointer
    package let fileOffset: Int
    package let reportFrom: Int
    package let reportUntil: Int
    package let isLast: Bool

    package init(bytes: UnsafeRawBufferPointer, fileOffset: Int, reportFrom: Int, reportUntil: Int, isLast: Bool) {
        self.bytes = bytes
        self.fileOffset = fileOffset
        self.reportFrom = reportFrom
        self.reportUntil = reportUntil
        self.isLast = isLast
    }

    /// The file offset just past the reported range: where the next chunk's reported range starts.
    package var reportedEnd: Int { fileOffset + reportUntil }
}

/// How reading one file ended.
package enum ReadOutcome: Sendable, Equatable {
    /// Every chunk was delivered; `bytesRead` bytes were read from the file.
    case completed(bytesRead: Int)
    /// The first bytes are a container's (an archive or a compressed file): nothing was delivered; the caller
    /// opens it as one (`ArchiveReader`).
    case container(ContainerFormat)
    /// The first bytes are a database file's: nothing was delivered.
    case databaseFile(DatabaseFileFormat)
    /// The file was not (fully) scanned; `detail` is a short explanation such as the `errno` text.
    case skipped(SkipReason, detail: String?)
}
