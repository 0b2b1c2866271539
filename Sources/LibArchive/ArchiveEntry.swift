import CLibArchive
import Glibc

/// One member of an archive, as its header describes it.
public struct ArchiveEntry: Sendable, Equatable {
    /// What the member is; only regular files hold data to read.
    public enum Kind: Sendable, Equatable {
        case regular
        case directory
        /// A link, device, FIFO or socket entry.
        case other
    }

    /// The member's name as stored (bytes decoded as UTF-8, invalid sequences replaced). Only ever shown: it may
    /// be absolute or hold `../`, and nothing is written under it.
    public var path: String
    /// The size the header declares, when it declares one (a streamed zip member may not).
    public var size: Int64?
    public var kind: Kind
    /// True when the member's data (or its metadata) is encrypted.
    public var isEncrypted: Bool

    public init(path: String, size: Int64?, kind: Kind, isEncrypted: Bool) {
        self.path = path
        self.size = size
        self.kind = kind
        self.isEncrypted = isEncrypted
    }

    init(_ entry: OpaquePointer) {
        if let name = archive_entry_pathname(entry) {
            let bytes = UnsafeRawPointer(name).assumingMemoryBound(to: UInt8.self)
            path = String(decoding: UnsafeBufferPointer(start: bytes, count: strlen(name)), as: UTF8.self)
        } else {
            path = ""
        }
        size = archive_entry_size_is_set(entry) != 0 ? archive_entry_size(entry) : nil
        kind =
            piiscan_archive_entry_is_regular(entry) != 0
            ? .regular : piiscan_archive_entry_is_directory(entry) != 0 ? .directory : .other
        isEncrypted = archive_entry_is_encrypted(entry) != 0
    }
}
