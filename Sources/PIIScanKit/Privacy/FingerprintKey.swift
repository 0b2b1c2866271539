import Crypto

/// The secret key of the keyed fingerprints: 32 random bytes per installation, or a key the user supplies
/// (`--fingerprint-key-file`) so several machines produce comparable fingerprints.
///
/// Its description never shows the bytes, so logging a key by mistake leaks nothing.
public struct FingerprintKey: Sendable, Equatable, CustomStringConvertible {
    /// The size of an installation key and the minimum size of a user key.
    package static let byteCount = 32

    package let bytes: [UInt8]

    /// A key from raw bytes, which must be at least `byteCount` long (a programming error otherwise: keys
    /// read from files are checked by `load(fromFile:)` and `load(fromHex:)`).
    package init(bytes: [UInt8]) {
        precondition(bytes.count >= Self.byteCount, "a fingerprint key needs at least \(Self.byteCount) bytes")
        self.bytes = bytes
    }

    /// A fresh key from the system's cryptographic random generator.
    package static func random() -> FingerprintKey {
        let key = SymmetricKey(size: .bits256)
        let bytes = key.withUnsafeBytes { Array($0) }
        return FingerprintKey(bytes: bytes)
    }

    public var description: String { "FingerprintKey(\(bytes.count) bytes, redacted)" }

    /// Loads a user-supplied key (`--fingerprint-key-file`): a file of at least 32 raw bytes, or one line of
    /// at least 64 hex digits. Errors name the path, never the content.
    public static func load(fromFile path: String) throws -> FingerprintKey {
        let content = try KeyFile.readAll(path: path, limit: maxUserKeyFileSize)
        if let key = parseHex(content) { return key }
        // Text that is all hex digits was meant as hex: a digit too few must not silently become a raw key.
        if isHexText(content) {
            throw FingerprintKeyError(
                code: .wrongSize, path: path,
                message: "the fingerprint key file holds hex digits but not an even number of at least 64")
        }
        if content.count >= byteCount { return FingerprintKey(bytes: content) }
        throw FingerprintKeyError(
            code: .wrongSize, path: path,
            message: "a fingerprint key file must hold at least 32 raw bytes or a line of at least 64 hex digits")
    }

    /// A key given as at least 64 hex digits (surrounding whitespace ignored). The error never quotes them.
    public static func load(fromHex hex: String) throws -> FingerprintKey {
        if let key = parseHex(Array(hex.utf8)) { return key }
        throw FingerprintKeyError(
            code: .wrongSize, path: "", message: "a fingerprint key must be an even number of at least 64 hex digits")
    }

    /// User key files are small; refusing big ones catches a wrong path (a database, an archive) early.
    static let maxUserKeyFileSize = 4096

    /// The key in a file holding one line of hex digits (surrounding whitespace ignored), or nil.
    static func parseHex(_ content: [UInt8]) -> FingerprintKey? {
        let digits = Array(trimmed(content))
        guard digits.count >= byteCount * 2, digits.count.isMultiple(of: 2) else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        var index = 0
        while index < digits.count {
            guard let high = hexValue(digits[index]), let low = hexValue(digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        return FingerprintKey(bytes: bytes)
    }

    /// Whether `content`, without surrounding whitespace, is a non-empty run of hex digits.
    static func isHexText(_ content: [UInt8]) -> Bool {
        let text = trimmed(content)
        return !text.isEmpty && text.allSatisfy { hexValue($0) != nil }
    }

    /// `content` without surrounding whitespace.
    private static func trimmed(_ content: [UInt8]) -> ArraySlice<UInt8> {
        let start = content.firstIndex { !UTF8Units.isWhitespace($0) } ?? content.endIndex
        let end = content.lastIndex { !UTF8Units.isWhitespace($0) }.map { $0 + 1 } ?? start
        return content[start..<max(start, end)]
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
