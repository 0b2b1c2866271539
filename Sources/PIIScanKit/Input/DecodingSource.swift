/// A `ByteSource` that hands on UTF-8: a file in UTF-16, UTF-32 or a single-byte charset (`TextEncoding.sniff`
/// on its first bytes) is decoded as it is read, and `originalOffsets` maps the decoded offsets back to the file's
/// own; anything else (UTF-8, ASCII, binary, containers) passes through untouched.
///
/// Decoding reads the original through a 64 KiB buffer and writes at most what the reader asks for; a character
/// that does not fit waits in `pending`. An unpaired surrogate, an invalid code point or a cut-off last character
/// becomes U+FFFD.
package final class DecodingSource<Inner: ByteSource>: ByteSource {
    private var inner: Inner
    private var encoding: TextEncoding?
    private var table: SingleByteTable?
    private var sniffed = false
    /// The original bytes not yet decoded: `raw[rawStart..<rawCount]`.
    private var raw: UnsafeMutableRawBufferPointer?
    private var rawStart = 0
    private var rawCount = 0
    private var innerEnded = false
    /// Bytes read from `inner` so far, and the original offset of `raw[rawStart]`.
    private var originalRead = 0
    private var originalPosition = 0
    private var decodedPosition = 0
    /// UTF-8 of the last character that did not fit in the reader's buffer: `pending[pendingStart..<pendingCount]`.
    private let pending = UnsafeMutablePointer<UInt8>.allocate(capacity: 4)
    private var pendingStart = 0
    private var pendingCount = 0
    private let window: Int
    private var map: OffsetMap?

    /// `window`: how many of the newest decoded bytes must stay mappable (twice the reader's buffer).
    package init(_ inner: Inner, window: Int) {
        self.inner = inner
        self.window = window
    }

    deinit {
        raw?.deallocate()
        pending.deallocate()
    }

    /// The map from decoded to original offsets, once the source decodes.
    package var originalOffsets: OffsetMap? { map }

    /// Bytes read from the original when it is decoded; nil when the bytes pass through.
    package var originalBytesRead: Int? { encoding == nil ? nil : originalRead }

    /// The encoding being decoded, once sniffed; nil when the bytes pass through.
    package var decodedEncoding: TextEncoding? { encoding }

    package func read(into destination: UnsafeMutableRawPointer, count: Int) -> ByteRead {
        if !sniffed { return sniff(into: destination, count: count) }
        guard encoding != nil else { return inner.read(into: destination, count: count) }
        return decode(into: destination, count: count)
    }

    package func shortfall(bytesRead: Int) -> (reason: SkipReason, detail: String)? {
        inner.shortfall(bytesRead: encoding == nil ? bytesRead : originalRead)
    }

    private static var rawCapacity: Int { 64 << 10 }

    /// The first read: straight into the reader's buffer, filled to `count` bytes or the end so the verdict does
    /// not depend on how the source cuts its reads, then judged; decoded bytes replace it when the text is in
    /// another encoding.
    private func sniff(into destination: UnsafeMutableRawPointer, count: Int) -> ByteRead {
        sniffed = true
        var got = 0
        fill: while got < count {
            switch inner.read(into: destination + got, count: count - got) {
            case .failed(let reason, let detail):
                guard got > 0 else { return .failed(reason, detail: detail) }
                break fill  // the bytes read are judged; the next read meets the failure again
            case .bytes(0):
                innerEnded = true
                break fill
            case .bytes(let more):
                got += more
            }
        }
        guard got > 0,
            let (found, byteOrderMark) = TextEncoding.sniff(UnsafeRawBufferPointer(start: destination, count: got))
        else { return .bytes(got) }
        if case .singleByte(let built) = found { table = built }
        encoding = found
        map = OffsetMap(window: window)
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(got, Self.rawCapacity), alignment: 8)
        buffer.baseAddress!.copyMemory(from: destination, byteCount: got)
        raw = buffer
        rawStart = byteOrderMark
        rawCount = got
        originalRead = got
        originalPosition = byteOrderMark
        return decode(into: destination, count: count)
    }

    private func decode(into destination: UnsafeMutableRawPointer, count: Int) -> ByteRead {
        let output = destination.assumingMemoryBound(to: UInt8.self)
        var written = 0
        while written < count {
            if pendingStart < pendingCount {
                let take = min(pendingCount - pendingStart, count - written)
                (output + written).update(from: pending + pendingStart, count: take)
                pendingStart += take
                written += take
                continue
            }
            guard let (scalar, width) = nextCharacter() else {
                if case .failed(let reason, let detail) = refill() { return .failed(reason, detail: detail) }
                if rawStart == rawCount && innerEnded { break }
                continue
            }
            let length: Int
            if count - written >= 4 {
                length = UTF8Writer.encode(scalar, into: output + written)
                written += length
            } else {
                length = UTF8Writer.encode(scalar, into: pending)
                (pendingStart, pendingCount) = (0, length)
            }
            map!.append(
                decodedStart: decodedPosition, originalStart: originalPosition, decodedWidth: length,
                originalWidth: width)
            decodedPosition += length
            originalPosition += width
            rawStart += width
        }
        return .bytes(written)
    }

    /// Moves the undecoded rest to the front and reads more; `.bytes(0)` at the end.
    private func refill() -> ByteRead {
        guard !innerEnded, let raw else { return .bytes(0) }
        let rest = rawCount - rawStart
        if rest > 0 && rawStart > 0 { raw.baseAddress!.copyMemory(from: raw.baseAddress! + rawStart, byteCount: rest) }
        rawStart = 0
        rawCount = rest
        let result = inner.read(into: raw.baseAddress! + rawCount, count: raw.count - rawCount)
        switch result {
        case .bytes(let got):
            if got == 0 { innerEnded = true }
            rawCount += got
            originalRead += got
        case .failed: innerEnded = true
        }
        return result
    }

    /// The next character and its width in the original, or nil when more bytes must be read first. At the end,
    /// a cut-off character is U+FFFD.
    private func nextCharacter() -> (UInt32, Int)? {
        guard let raw, let encoding else { return nil }
        let available = rawCount - rawStart
        guard available > 0 else { return nil }
        let bytes = UnsafeRawBufferPointer(rebasing: raw[rawStart..<rawCount])
        switch encoding {
        case .singleByte:
            return (table!.scalars[Int(bytes[0])], 1)
        case .utf16LittleEndian, .utf16BigEndian:
            let little = encoding == .utf16LittleEndian
            func unit(_ at: Int) -> UInt32 {
                little ? UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 : UInt32(bytes[at]) << 8 | UInt32(bytes[at + 1])
            }
            guard available >= 2 else { return innerEnded ? (UTF8Writer.replacement, available) : nil }
            let first = unit(0)
            guard (0xD800...0xDBFF).contains(first) else { return (first, 2) }
            guard available >= 4 else { return innerEnded ? (UTF8Writer.replacement, available) : nil }
            let second = unit(2)
            guard (0xDC00...0xDFFF).contains(second) else { return (UTF8Writer.replacement, 2) }
            return (0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00), 4)
        case .utf32LittleEndian, .utf32BigEndian:
            guard available >= 4 else { return innerEnded ? (UTF8Writer.replacement, available) : nil }
            let value =
                encoding == .utf32LittleEndian
                ? UInt32(bytes[0]) | UInt32(bytes[1]) << 8 | UInt32(bytes[2]) << 16 | UInt32(bytes[3]) << 24
                : UInt32(bytes[0]) << 24 | UInt32(bytes[1]) << 16 | UInt32(bytes[2]) << 8 | UInt32(bytes[3])
            return (value, 4)
        }
    }
}

/// Writes code points as UTF-8.
enum UTF8Writer {
    /// U+FFFD, the replacement character.
    static let replacement: UInt32 = 0xFFFD

    /// Writes the UTF-8 of a code point (U+FFFD for a surrogate or a value past U+10FFFF) to `output`, which has
    /// room for four bytes; returns how many were written.
    static func encode(_ scalar: UInt32, into output: UnsafeMutablePointer<UInt8>) -> Int {
        let value = (0xD800...0xDFFF).contains(scalar) || scalar > 0x10FFFF ? replacement : scalar
        switch value {
        case 0..<0x80:
            output[0] = UInt8(value)
            return 1
        case 0x80..<0x800:
            output[0] = UInt8(0xC0 | value >> 6)
            output[1] = UInt8(0x80 | value & 0x3F)
            return 2
        case 0x800..<0x10000:
            output[0] = UInt8(0xE0 | value >> 12)
            output[1] = UInt8(0x80 | value >> 6 & 0x3F)
            output[2] = UInt8(0x80 | value & 0x3F)
            return 3
        default:
            output[0] = UInt8(0xF0 | value >> 18)
            output[1] = UInt8(0x80 | value >> 12 & 0x3F)
            output[2] = UInt8(0x80 | value >> 6 & 0x3F)
            output[3] = UInt8(0x80 | value & 0x3F)
            return 4
        }
    }
}
