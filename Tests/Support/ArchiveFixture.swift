import Foundation
import LibArchive

/// Archives made at test time with libarchive's writer: a format by name (`zip`, `pax`, `7zip`, `raw`), filters
/// (`gzip`, `bzip2`, `xz`, `zstd`), members as (name, bytes), optionally encrypted.
public enum ArchiveFixture {
    /// Writes the archive to `path`.
    public static func write(
        _ path: String, format: String, filters: [String] = [], members: [(String, [UInt8])],
        options: String? = nil, passphrase: String? = nil
    ) throws {
        let writer = try ArchiveWriter(
            path: path, format: format, filters: filters, options: options, passphrase: passphrase)
        for (name, contents) in members { try writer.add(path: name, contents: contents) }
        try writer.close()
    }

    /// The bytes of such an archive, to nest it in another one or write it with `TempTree`.
    public static func bytes(
        format: String, filters: [String] = [], members: [(String, [UInt8])], options: String? = nil,
        passphrase: String? = nil
    ) throws -> [UInt8] {
        let tree = try TempTree()
        defer { tree.remove() }
        let path = tree.path("archive")
        try write(path, format: format, filters: filters, members: members, options: options, passphrase: passphrase)
        return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }
}
