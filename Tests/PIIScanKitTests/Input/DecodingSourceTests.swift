import Foundation
import PIIScanTestSupport
import Testing

@testable import PIIScanKit

/// Text in UTF-16, UTF-32 and single-byte charsets is read as UTF-8, with every offset mapped back to the file's.
@Suite("DecodingSource")
struct DecodingSourceTests {
    static let text = "Kunde: Jürgen Schäfer, Straße 5 😀 €\r\nE-Mail: anke.mueller@example-firma.de\n"

    /// The file's bytes in `encoding` (with `bom` first) and each scalar's offset in them and in UTF-8.
    static func encoded(_ text: String, _ encoding: String.Encoding, bom: [UInt8] = [])
        -> (bytes: [UInt8], offsets: [(decoded: Int, original: Int)])
    {
        var bytes = bom
        var offsets: [(Int, Int)] = []
        var decoded = 0
        for scalar in text.unicodeScalars {
            offsets.append((decoded, bytes.count))
            bytes += Array(String(scalar).data(using: encoding)!)
            decoded += String(scalar).utf8.count
        }
        offsets.append((decoded, bytes.count))
        return (bytes, offsets)
    }

    /// Reads `bytes` in chunks of `chunkSize`: the decoded text, and whether every scalar offset in each chunk's
    /// reported range maps back to `offsets`.
    static func read(_ bytes: [UInt8], chunkSize: Int, offsets: [(decoded: Int, original: Int)]) throws
        -> (text: [UInt8], mapped: Bool, outcome: ReadOutcome)
    {
        let tree = try TempTree(["f": .bytes(bytes)])
        defer { tree.remove() }
        var text: [UInt8] = []
        var mapped = true
        let outcome = ChunkReader(chunkSize: chunkSize, overlap: 8, lookbehind: 4).read(tree.path("f")) { chunk in
            text += chunk.bytes[chunk.reportFrom..<chunk.reportUntil]
            let reported = (chunk.fileOffset + chunk.reportFrom)...(chunk.fileOffset + chunk.reportUntil)
            for offset in offsets where reported.contains(offset.decoded) {
                mapped = mapped && chunk.originalSpan(offset.decoded, offset.decoded).start == offset.original
            }
            return true
        }
        return (text, mapped, outcome)
    }

    static let encodings: [(String, String.Encoding, [UInt8])] = [
        ("UTF-16LE with its mark", .utf16LittleEndian, [0xFF, 0xFE]),
        ("UTF-16BE with its mark", .utf16BigEndian, [0xFE, 0xFF]),
        ("UTF-16LE without a mark", .utf16LittleEndian, []),
        ("UTF-16BE without a mark", .utf16BigEndian, []),
        ("UTF-32LE with its mark", .utf32LittleEndian, [0xFF, 0xFE, 0, 0]),
        ("UTF-32BE with its mark", .utf32BigEndian, [0, 0, 0xFE, 0xFF]),
    ]

    @Test(arguments: encodings, [32, 4_096])
    func unicodeEncodingsAreDecodedWithTheirOffsets(encoding: (String, String.Encoding, [UInt8]), chunkSize: Int)
        throws
    {
        let (bytes, offsets) = Self.encoded(Self.text, encoding.1, bom: encoding.2)
        let read = try Self.read(bytes, chunkSize: chunkSize, offsets: offsets)
        #expect(read.text == Array(Self.text.utf8), "\(encoding.0)")
        #expect(read.mapped, "\(encoding.0)")
        #expect(read.outcome == .completed(bytesRead: bytes.count))
    }

    /// Excel's "CSV" in Germany and France: Windows-1252, with `€` at 0x80.
    @Test(arguments: [32, 4_096])
    func windows1252IsDecodedWithItsOffsets(chunkSize: Int) throws {
        let text = "Kunde;Straße;Betrag\r\nJürgen Schäfer;Hauptstraße 5;12 €\r\n"
        let (bytes, offsets) = Self.encoded(text, .windowsCP1252)
        let read = try Self.read(bytes, chunkSize: chunkSize, offsets: offsets)
        #expect(read.text == Array(text.utf8))
        #expect(read.mapped)
    }

    @Test func utf8AndBinaryPassThrough() throws {
        let tree = try TempTree(["utf8.txt": .text(Self.text), "bin": .bytes([0x50, 0x4B, 0, 1, 2, 0, 0x80])])
        defer { tree.remove() }
        var maps: [OffsetMap?] = []
        let reader = ChunkReader(overlap: 8)
        #expect(
            reader.read(tree.path("utf8.txt")) {
                maps.append($0.originalOffsets)
                return true
            } == .completed(bytesRead: Self.text.utf8.count))
        #expect(maps.count == 1 && maps[0] == nil)
        #expect(reader.read(tree.path("bin")) { _ in true } == .skipped(.binary, detail: nil))
    }

    /// A last character cut off, and a lone surrogate, become U+FFFD; nothing is lost before them.
    @Test func brokenUnicodeBecomesTheReplacementCharacter() throws {
        let bytes: [UInt8] =
            [0xFF, 0xFE] + Array("ok ".data(using: .utf16LittleEndian)!) + [0x00, 0xD8, 0x41, 0x00, 0x42]
        let read = try Self.read(bytes, chunkSize: 4_096, offsets: [])
        #expect(read.text == Array("ok \u{FFFD}A\u{FFFD}".utf8))
    }

    @Test func sniffing() {
        func sniff(_ bytes: [UInt8]) -> String? {
            bytes.withUnsafeBytes { TextEncoding.sniff($0)?.encoding.name }
        }
        #expect(sniff(Array("plain ASCII, and UTF-8: Jürgen\n".utf8)) == nil)
        #expect(sniff(Array("Jürgen Schäfer\n".data(using: .windowsCP1252)!)) == "WINDOWS-1252")
        #expect(sniff([0xFF, 0xFE, 0x41, 0]) == "UTF-16LE")
        #expect(sniff([0xFF, 0xFE, 0, 0, 0x41, 0, 0, 0]) == "UTF-32LE")
        // NUL bytes that are not every other one are a binary file's, left to the binary check.
        #expect(sniff([0x50, 0x4B, 3, 4] + Array(repeating: 0, count: 60)) == nil)
    }
}
