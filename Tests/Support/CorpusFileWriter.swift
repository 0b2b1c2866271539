import Foundation

/// Writes one corpus file through a large reused buffer and records labelled spans by absolute byte offset.
/// Filler is appended as bytes (no `String` work) so that generating hundreds of megabytes stays fast.
struct CorpusFileWriter {
    let path: String
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var flushed = 0
    private(set) var planted: [PlantedValue] = []
    private(set) var negatives: [PlantedValue] = []
    private static let flushThreshold = 4 << 20
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Creates (or truncates) `root/path`, creating parent directories.
    init(root: String, path: String) throws {
        self.path = path
        let full = root + "/" + path
        let parent = (full as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        descriptor = open(full, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw CorpusError.cannotWrite(path: path, errno: errno) }
        buffer.reserveCapacity(Self.flushThreshold + 65_536)
    }

    /// Bytes written so far, buffered or not.
    var offset: Int { flushed + buffer.count }

    mutating func append(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
    }

    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { buffer.append(contentsOf: $0) }
    }

    mutating func append(string text: String) {
        buffer.append(contentsOf: text.utf8)
    }

    mutating func append(byte: UInt8) {
        buffer.append(byte)
    }

    /// Appends `value` in decimal, zero-padded to `width`.
    mutating func append(decimal value: Int, width: Int = 1) {
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0
        )
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { raw in
            repeat {
                raw[count] = UInt8(truncatingIfNeeded: rest % 10) + UInt8(ascii: "0")
                rest /= 10
                count += 1
            } while rest > 0 && count < 10
        }
        if count < width {
            for _ in count..<width { buffer.append(UInt8(ascii: "0")) }
        }
        withUnsafeBytes(of: &digits) { raw in
            for index in stride(from: count - 1, through: 0, by: -1) { buffer.append(raw[index]) }
        }
    }

    /// Appends `count` random lower-case hex digits.
    mutating func append(hex count: Int, random: inout CorpusRandom) {
        var bits = random.next()
        for index in 0..<count {
            if index % 16 == 15 { bits = random.next() }
            buffer.append(Self.hexDigits[Int(bits & 15)])
            bits >>= 4
        }
    }

    /// Appends a random version-4 UUID.
    mutating func appendUUID(random: inout CorpusRandom) {
        append(hex: 8, random: &random)
        append("-")
        append(hex: 4, random: &random)
        append("-4")
        append(hex: 3, random: &random)
        append(byte: Self.hexDigits[8 + random.below(4)])
        append(hex: 3, random: &random)
        append("-")
        append(hex: 12, random: &random)
    }

    /// Appends `value` and records it as planted PII of `type`.
    mutating func plant(_ value: String, type: String) {
        let start = offset
        buffer.append(contentsOf: value.utf8)
        planted.append(PlantedValue(path: path, start: start, end: offset, type: type))
    }

    /// Appends `value` and records it as a hard negative of `kind`.
    mutating func plantNegative(_ value: String, kind: String) {
        let start = offset
        buffer.append(contentsOf: value.utf8)
        negatives.append(PlantedValue(path: path, start: start, end: offset, type: kind))
    }

    /// Writes the buffer out once it is large.
    mutating func flushIfFull() throws {
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    mutating func flush() throws {
        try buffer.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                let written = write(descriptor, raw.baseAddress! + done, raw.count - done)
                guard written > 0 else { throw CorpusError.cannotWrite(path: path, errno: errno) }
                done += written
            }
        }
        flushed += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and closes the file; returns its size.
    mutating func close() throws -> Int {
        try flush()
        closeDescriptor(descriptor)
        return flushed
    }
}

private func closeDescriptor(_ descriptor: Int32) {
    _ = close(descriptor)
}

/// Why a corpus could not be written.
public enum CorpusError: Error, Sendable, Equatable {
    case cannotWrite(path: String, errno: Int32)
}
