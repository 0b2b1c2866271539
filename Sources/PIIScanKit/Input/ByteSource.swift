/// A stream of bytes a `ChunkReader` fills its buffer from: an open file (`FileByteSource`), or an archive
/// member's data (`ArchiveMemberStream`), so both are scanned by the same chunking and carry rule.
package protocol ByteSource {
    /// Reads up to `count` bytes to `destination`.
    mutating func read(into destination: UnsafeMutableRawPointer, count: Int) -> ByteRead
    /// Asked once the end is reached after `bytesRead` bytes: why the input is short (a file that shrank while
    /// it was read), or nil when it is whole.
    func shortfall(bytesRead: Int) -> (reason: SkipReason, detail: String)?
}

/// The result of one `ByteSource.read`.
package enum ByteRead: Equatable {
    /// This many bytes were read; 0 at the end.
    case bytes(Int)
    /// The input cannot be read further; `detail` says why in words that quote no data.
    case failed(SkipReason, detail: String?)
}
