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
    /// For a decoded text (`DecodingSource`), where its offsets were in the original file; nil when the chunk holds
    /// the file's own bytes.
    package let originalOffsets: OffsetMap?

    package init(
        bytes: UnsafeRawBufferPointer, fileOffset: Int, reportFrom: Int, reportUntil: Int, isLast: Bool,
        originalOffsets: OffsetMap? = nil
    ) {
        self.bytes = bytes
        self.fileOffset = fileOffset
        self.reportFrom = reportFrom
        self.reportUntil = reportUntil
        self.isLast = isLast
        self.originalOffsets = originalOffsets
    }

    /// The original file's offsets of the span `start..<end` of this chunk's file offsets: the same span unless
    /// the chunk holds decoded text.
    package func originalSpan(_ start: Int, _ end: Int) -> (start: Int, end: Int) {
        guard let originalOffsets else { return (start, end) }
        return (originalOffsets.originalOffset(of: start), originalOffsets.originalOffset(of: end))
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
