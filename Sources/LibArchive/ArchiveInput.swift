/// Where an archive read through `ArchiveReader.open(input:)` gets its bytes: another archive's member, for
/// instance, so a zip inside a tar is read as a stream and never extracted.
public protocol ArchiveInput: AnyObject {
    /// Reads up to `buffer.count` bytes into `buffer`: the count read, 0 at the end, or nil on a failure (the
    /// reader then fails with `failureMessage`).
    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int?
    /// Why the last `read` failed, in words that name no data.
    var failureMessage: String { get }
}
