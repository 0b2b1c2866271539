import CLibArchive
import Glibc

/// Reads an archive, or a single compressed file, as a stream of entries: the archive formats (zip, tar, 7z, rar,
/// cpio, ar, cab, lha, xar, iso9660) and every filter libarchive has (gzip, bzip2, xz, zstd, lz4…), plus the `raw`
/// format for a compressed file that holds no archive (`app.log.gz` reads as one entry). Nothing is extracted: data is read into the caller's buffer.
/// Not `Sendable`: one reader belongs to one thread.
public final class ArchiveReader {
    private let archive: OpaquePointer
    /// The input behind the read callback, kept alive while the archive may call it.
    private var callbackInput: CallbackInput?

    private init() throws(ArchiveError) {
        guard let archive = archive_read_new() else {
            throw ArchiveError(severity: .archive, message: "libarchive could not allocate a reader")
        }
        archive_read_support_filter_all(archive)
        // Not `format_all`: its mtree reader takes plain text for a file list and opens the files it names on
        // disk, and its warc reader is no archive of files.
        archive_read_support_format_7zip(archive)
        archive_read_support_format_ar(archive)
        archive_read_support_format_cab(archive)
        archive_read_support_format_cpio(archive)
        archive_read_support_format_iso9660(archive)
        archive_read_support_format_lha(archive)
        archive_read_support_format_rar(archive)
        archive_read_support_format_rar5(archive)
        archive_read_support_format_tar(archive)
        archive_read_support_format_xar(archive)
        archive_read_support_format_zip(archive)
        archive_read_support_format_raw(archive)
        self.archive = archive
    }

    deinit {
        archive_read_free(archive)
    }

    /// Opens the archive in the open file `descriptor` (which stays open: the caller closes it). Throws when no
    /// format or filter recognises it, or it cannot be read.
    public static func open(fileDescriptor descriptor: Int32, blockSize: Int = 64 << 10) throws(ArchiveError)
        -> ArchiveReader
    {
        let reader = try ArchiveReader()
        let status = archive_read_open_fd(reader.archive, descriptor, blockSize)
        guard status == ARCHIVE_OK else { throw ArchiveError(reader.archive, status: ARCHIVE_FATAL) }
        return reader
    }

    /// Opens the archive whose bytes `input` delivers, as a stream (no seeking).
    public static func open(input: some ArchiveInput, blockSize: Int = 64 << 10) throws(ArchiveError)
        -> ArchiveReader
    {
        let reader = try ArchiveReader()
        let box = CallbackInput(input, blockSize: blockSize)
        reader.callbackInput = box
        let status = archive_read_open(
            reader.archive, Unmanaged.passUnretained(box).toOpaque(), nil, CallbackInput.read, nil)
        guard status == ARCHIVE_OK else { throw ArchiveError(reader.archive, status: ARCHIVE_FATAL) }
        return reader
    }

    /// The next entry's header, or nil at the end. A damaged header throws; nothing after it can be trusted.
    public func nextEntry() throws(ArchiveError) -> ArchiveEntry? {
        var entry: OpaquePointer?
        while true {
            let status = archive_read_next_header(archive, &entry)
            switch status {
            case ARCHIVE_EOF: return nil
            case ARCHIVE_OK, ARCHIVE_WARN:
                guard let entry else { throw ArchiveError(severity: .archive, message: "entry without a header") }
                // `raw` takes any bytes; without a decompression filter they are neither archive nor compressed.
                if isSingleFile && archive_filter_count(archive) < 2 {
                    throw ArchiveError(
                        severity: .archive, message: "not an archive or compressed data libarchive reads")
                }
                return ArchiveEntry(entry)
            case ARCHIVE_RETRY: continue
            default: throw ArchiveError(archive, status: status)
            }
        }
    }

    /// Reads the current entry's next bytes into `buffer`: the count read, 0 at the entry's end.
    public func readData(into buffer: UnsafeMutableRawBufferPointer) throws(ArchiveError) -> Int {
        guard let base = buffer.baseAddress, !buffer.isEmpty else { return 0 }
        while true {
            let count = archive_read_data(archive, base, buffer.count)
            if count >= 0 { return count }
            if count == Int(ARCHIVE_RETRY) { continue }
            throw ArchiveError(archive, status: Int32(count))
        }
    }

    /// Bytes read from the input so far (compressed, as stored).
    public var inputBytesRead: Int64 { archive_filter_bytes(archive, -1) }

    /// True when the stream is a single compressed file, not an archive (libarchive's `raw` format): its one
    /// entry has no name of its own.
    public var isSingleFile: Bool { archive_format(archive) == ARCHIVE_FORMAT_RAW }

    /// The archive format's name as libarchive gives it (`ZIP 2.0 (deflation)`, `GNU tar format`), once a header
    /// has been read.
    public var formatName: String? { archive_format_name(archive).map { String(cString: $0) } }
}

/// The `ArchiveInput` and buffer behind a callback-read archive: libarchive asks for blocks and keeps the pointer
/// until the next call.
private final class CallbackInput {
    let input: any ArchiveInput
    let buffer: UnsafeMutableRawBufferPointer

    init(_ input: any ArchiveInput, blockSize: Int) {
        self.input = input
        buffer = .allocate(byteCount: blockSize, alignment: 16)
    }

    deinit {
        buffer.deallocate()
    }

    static let read:
        @convention(c) (OpaquePointer?, UnsafeMutableRawPointer?, UnsafeMutablePointer<UnsafeRawPointer?>?)
            -> la_ssize_t = { archive, client, block in
                guard let client, let block else { return -1 }
                let box = Unmanaged<CallbackInput>.fromOpaque(client).takeUnretainedValue()
                guard let count = box.input.read(into: box.buffer) else {
                    if let archive { piiscan_archive_set_error(archive, box.input.failureMessage) }
                    return -1
                }
                block.pointee = UnsafeRawPointer(box.buffer.baseAddress)
                return count
            }
}
