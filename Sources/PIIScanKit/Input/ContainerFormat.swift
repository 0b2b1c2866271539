/// The container formats piiscan opens (through libarchive), recognised by their first bytes whatever the
/// file's name: archives of members, and single compressed files.
package enum ContainerFormat: String, Sendable, Equatable {
    case zip, tar
    case sevenZip = "7z"
    case gzip, bzip2, xz, zstd

    /// Bytes `sniff` needs to see: a tar header's magic sits at offset 257.
    package static let sniffLength = 512

    /// The format whose magic number starts `bytes`, or nil.
    package static func sniff(_ bytes: UnsafeRawBufferPointer) -> ContainerFormat? {
        func starts(_ magic: [UInt8], at offset: Int = 0) -> Bool {
            guard bytes.count >= offset + magic.count else { return false }
            for index in magic.indices where bytes[offset + index] != magic[index] { return false }
            return true
        }
        if starts([0x50, 0x4B, 0x03, 0x04]) || starts([0x50, 0x4B, 0x05, 0x06]) || starts([0x50, 0x4B, 0x07, 0x08]) {
            return .zip
        }
        if starts([0x1F, 0x8B]) { return .gzip }
        if starts([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) { return .xz }
        if starts([0x28, 0xB5, 0x2F, 0xFD]) { return .zstd }
        if starts([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]) { return .sevenZip }
        // "BZh", a block size digit, then a block's or the end-of-stream's magic: "BZh1" alone may start a text.
        if starts(Array("BZh".utf8)), bytes.count >= 4, (0x31...0x39).contains(bytes[3]),
            starts([0x31, 0x41, 0x59, 0x26, 0x53, 0x59], at: 4) || starts([0x17, 0x72, 0x45, 0x38, 0x50, 0x90], at: 4)
        {
            return .bzip2
        }
        if starts(Array("ustar".utf8), at: 257) { return .tar }
        return nil
    }

    /// True when a file name looks like a container's (`.zip`, `.tar`, `.tgz`, `.gz`, `.7z`…): with `--include`
    /// globs, such a file is opened even when no glob matches it, so the globs can select its members.
    package static func isContainerName(_ path: [UInt8]) -> Bool {
        let name = path.split(separator: UInt8(ascii: "/")).last.map { String(decoding: $0, as: UTF8.self) } ?? ""
        guard let dot = name.lastIndex(of: ".") else { return false }
        return containerExtensions.contains(name[name.index(after: dot)...].lowercased())
    }

    private static let containerExtensions: Set<String> = [
        "zip", "jar", "tar", "tgz", "tbz2", "txz", "tzst", "gz", "bz2", "xz", "zst", "7z",
    ]

    /// The name of the file a single compressed file holds: its own name without the compression suffix
    /// (`app.log.gz` → `app.log`, `dump.tgz` → `dump.tar`).
    package static func innerName(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        let stem = String(name[..<dot])
        switch name[name.index(after: dot)...].lowercased() {
        case "gz", "bz2", "xz", "zst", "z": return stem
        case "tgz", "tbz2", "txz", "tzst": return stem + ".tar"
        default: return name
        }
    }
}
