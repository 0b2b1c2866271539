import Crypto

/// Computes a finding's `fingerprint`: hex HMAC-SHA256 under the installation's (or user's) key of the
/// detector type, a NUL byte, and the normalised value.
///
/// Keyed, never a plain hash: a plain SHA-256 of a phone number or card number is reversible by brute force
/// over the small value space, so anyone holding a report could recover the values. The type is part of
/// the message so the same digits found as a phone and as an id do not correlate.
///
/// `@unchecked Sendable`: `HMAC` is not declared `Sendable`, but it is a value whose digest contexts are
/// copy-on-write (swift-crypto copies a shared context before updating it), and `keyed` is never mutated: every
/// fingerprint updates its own copy.
package struct Fingerprinter: @unchecked Sendable {
    /// The HMAC with the key already absorbed, copied for each fingerprint: setting the key up (padding, two
    /// hashes) per finding cost 3% of a PII-dense scan.
    private let keyed: HMAC<SHA256>

    package init(key: FingerprintKey) {
        keyed = HMAC<SHA256>(key: SymmetricKey(data: key.bytes))
    }

    /// Lower-case hex of HMAC-SHA256(key, type ‖ 0x00 ‖ normalizedValue).
    package func fingerprint(type: String, normalizedValue: [UInt8]) -> String {
        var message: [UInt8] = []
        message.reserveCapacity(type.utf8.count + 1 + normalizedValue.count)
        message += type.utf8
        message.append(0)
        message += normalizedValue
        // One update: each goes through swift-crypto's generic `DataProtocol` path, which looks metadata up.
        var hmac = keyed
        hmac.update(data: message)
        return Self.hex(hmac.finalize())
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func hex(_ code: HashedAuthenticationCode<SHA256>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(SHA256.byteCount * 2)
        for byte in code {
            output.append(hexDigits[Int(byte >> 4)])
            output.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: output, as: UTF8.self)
    }
}
