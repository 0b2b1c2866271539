import Glibc

/// The running program's GNU build id (the linker's hash of its code), in hex: two binaries built from different
/// sources differ, so an incremental rescan never carries findings made by other detection code. Nil when the
/// program was linked without one.
package enum BuildIdentity {
    package static let current: String? = readBuildID()

    /// `NT_GNU_BUILD_ID`: the note type of the build id, under the note name "GNU".
    private static let buildIDNoteType: UInt32 = 3

    /// Reads the program's ELF headers from `/proc/self/exe` and looks for the id in its `PT_NOTE` segments.
    private static func readBuildID() -> String? {
        let fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        func read(_ count: Int, at offset: Int) -> [UInt8]? {
            guard count > 0, count <= 1 << 20 else { return nil }
            var bytes = [UInt8](repeating: 0, count: count)
            let got = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress, count, off_t(offset)) }
            return got == count ? bytes : nil
        }
        // ELF64, little-endian: the program header table's offset, entry size and count.
        guard let header = read(64, at: 0), header.starts(with: [0x7F, 0x45, 0x4C, 0x46, 2, 1]) else { return nil }
        let tableOffset = Int(header.little(UInt64.self, at: 32))
        let entrySize = Int(header.little(UInt16.self, at: 54))
        let entryCount = Int(header.little(UInt16.self, at: 56))
        guard entrySize >= 56, let table = read(entrySize * entryCount, at: tableOffset) else { return nil }
        for entry in 0..<entryCount {
            let base = entry * entrySize
            guard table.little(UInt32.self, at: base) == UInt32(PT_NOTE),
                let notes = read(
                    Int(table.little(UInt64.self, at: base + 32)), at: Int(table.little(UInt64.self, at: base + 8))),
                let id = notes.withUnsafeBytes({ buildID(inNotes: $0) })
            else { continue }
            return id.map { String($0, radix: 16).leftPadded(to: 2) }.joined()
        }
        return nil
    }

    /// Walks ELF notes (`namesz`, `descsz`, `type`, then name and descriptor, each padded to 4 bytes).
    private static func buildID(inNotes notes: UnsafeRawBufferPointer) -> [UInt8]? {
        func padded(_ size: Int) -> Int { (size + 3) & ~3 }
        var offset = 0
        while offset + 12 <= notes.count {
            let nameSize = Int(notes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
            let descriptorSize = Int(notes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self))
            let type = notes.loadUnaligned(fromByteOffset: offset + 8, as: UInt32.self)
            let name = offset + 12
            let descriptor = name + padded(nameSize)
            guard descriptor + descriptorSize <= notes.count else { return nil }
            if type == buildIDNoteType && nameSize == 4 && Array(notes[name..<name + 3]) == Array("GNU".utf8) {
                return Array(notes[descriptor..<descriptor + descriptorSize])
            }
            offset = descriptor + padded(descriptorSize)
        }
        return nil
    }
}

extension [UInt8] {
    fileprivate func little<T: FixedWidthInteger>(_: T.Type, at offset: Int) -> T {
        withUnsafeBytes { T(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: T.self)) }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
