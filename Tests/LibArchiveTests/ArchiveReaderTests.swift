import Foundation
import LibArchive
import Testing

@Suite("libarchive reader")
struct ArchiveReaderTests {
    private static func scratch() -> String {
        NSTemporaryDirectory() + "libarchive-test-\(UUID().uuidString)"
    }

    private static func write(
        _ path: String, format: String, filters: [String] = [], options: String? = nil,
        passphrase: String? = nil, members: [(String, String)]
    ) throws {
        let writer = try ArchiveWriter(
            path: path, format: format, filters: filters, options: options, passphrase: passphrase)
        for (name, text) in members { try writer.add(path: name, contents: Array(text.utf8)) }
        try writer.close()
    }

    /// Every entry's header and data, read through a descriptor in blocks of `block` bytes.
    private static func readAll(_ path: String, block: Int = 7) throws -> [(ArchiveEntry, String)] {
        let fd = open(path, O_RDONLY)
        #expect(fd >= 0)
        defer { close(fd) }
        let reader = try ArchiveReader.open(fileDescriptor: fd)
        var entries: [(ArchiveEntry, String)] = []
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: block, alignment: 1)
        defer { buffer.deallocate() }
        while let entry = try reader.nextEntry() {
            var data: [UInt8] = []
            if !entry.isEncrypted {
                while case let count = try reader.readData(into: buffer), count > 0 {
                    data += buffer[..<count]
                }
            }
            entries.append((entry, String(decoding: data, as: UTF8.self)))
        }
        return entries
    }

    @Test(arguments: [
        ("zip", [String]()), ("pax", ["gzip"]), ("pax", ["bzip2"]), ("pax", ["xz"]), ("pax", ["zstd"]), ("7zip", []),
    ])
    func readsEveryFormatAndFilter(format: String, filters: [String]) throws {
        let path = Self.scratch()
        defer { unlink(path) }
        try Self.write(
            path, format: format, filters: filters,
            members: [("a/one.txt", "first line\nsecond line\n"), ("two.csv", "email\nx@example.org\n")])
        let entries = try Self.readAll(path)
        #expect(entries.map(\.0.path) == ["a/one.txt", "two.csv"])
        #expect(entries.map(\.1) == ["first line\nsecond line\n", "email\nx@example.org\n"])
        #expect(entries.allSatisfy { $0.0.kind == .regular && !$0.0.isEncrypted })
    }

    @Test func singleCompressedFileReadsAsOneEntry() throws {
        let path = Self.scratch()
        defer { unlink(path) }
        try Self.write(path, format: "raw", filters: ["gzip"], members: [("app.log", "hello\n")])
        let fd = open(path, O_RDONLY)
        defer { close(fd) }
        let reader = try ArchiveReader.open(fileDescriptor: fd)
        let entry = try #require(try reader.nextEntry())
        #expect(reader.isSingleFile, "\(reader.formatName ?? "-") \(entry.path)")
        #expect(entry.kind == .regular)
        #expect(try reader.nextEntry() == nil)
    }

    @Test func encryptedZipMemberIsFlagged() throws {
        let path = Self.scratch()
        defer { unlink(path) }
        try Self.write(
            path, format: "zip", options: "zip:encryption=zipcrypt", passphrase: "secret",
            members: [("hidden.txt", "x@example.org\n")])
        let entries = try Self.readAll(path)
        #expect(entries.map(\.0.isEncrypted) == [true])
    }

    @Test func notAnArchiveIsRefused() throws {
        let path = Self.scratch()
        defer { unlink(path) }
        FileManager.default.createFile(atPath: path, contents: Data([0x1F, 0x8B, 0x08, 0x00, 0x01]))
        let fd = open(path, O_RDONLY)
        defer { close(fd) }
        #expect(throws: ArchiveError.self) {
            let reader = try ArchiveReader.open(fileDescriptor: fd)
            while try reader.nextEntry() != nil {}
        }
    }
}
