import Crypto
import Testing

@testable import PIIScanKit

@Suite("Fingerprinter")
struct FingerprinterTests {
    static let keyA = FingerprintKey(bytes: Array(repeating: 0x0A, count: 32))
    static let keyB = FingerprintKey(bytes: Array(repeating: 0x0B, count: 32))

    @Test("is HMAC-SHA256 of type, NUL and value, in lower-case hex")
    func knownAnswer() {
        let value = Array("jane.doe@example.org".utf8)
        var hmac = HMAC<SHA256>(key: SymmetricKey(data: Self.keyA.bytes))
        hmac.update(data: Array("email".utf8) + [0] + value)
        let expected = hmac.finalize().map { String(format: "%02x", $0) }.joined()
        let fingerprint = Fingerprinter(key: Self.keyA).fingerprint(type: "email", normalizedValue: value)
        #expect(fingerprint == expected)
        #expect(fingerprint.count == 64)
        #expect(fingerprint.allSatisfy { "0123456789abcdef".contains($0) })
    }

    @Test("same key and value give the same fingerprint; another key, type or value a different one")
    func keyed() {
        let value = Array("4111111111111234".utf8)
        let a = Fingerprinter(key: Self.keyA)
        #expect(
            a.fingerprint(type: "card", normalizedValue: value) == a.fingerprint(type: "card", normalizedValue: value))
        #expect(
            a.fingerprint(type: "card", normalizedValue: value)
                == Fingerprinter(key: Self.keyA).fingerprint(type: "card", normalizedValue: value))
        #expect(
            a.fingerprint(type: "card", normalizedValue: value)
                != Fingerprinter(key: Self.keyB).fingerprint(type: "card", normalizedValue: value))
        #expect(
            a.fingerprint(type: "card", normalizedValue: value) != a.fingerprint(type: "phone", normalizedValue: value))
        #expect(
            a.fingerprint(type: "card", normalizedValue: value)
                != a.fingerprint(type: "card", normalizedValue: Array("4111111111111235".utf8)))
    }

    @Test("one fingerprinter shared by many threads gives each value its own fingerprint, as used alone")
    func sharedAcrossThreads() async {
        let shared = Fingerprinter(key: Self.keyA)
        let values = (0..<64).map { Array("value-\($0)@example.org".utf8) }
        let expected = values.map { Fingerprinter(key: Self.keyA).fingerprint(type: "email", normalizedValue: $0) }
        let results = await withTaskGroup(of: (Int, [String]).self) { group in
            for task in 0..<8 {
                group.addTask {
                    (task, (0..<200).map { shared.fingerprint(type: "email", normalizedValue: values[$0 % 64]) })
                }
            }
            return await group.reduce(into: [:]) { $0[$1.0] = $1.1 }
        }
        for task in 0..<8 {
            #expect(results[task] == (0..<200).map { expected[$0 % 64] })
        }
    }

    @Test("the type/value separator prevents ambiguity between type and value boundaries")
    func separator() {
        let fingerprinter = Fingerprinter(key: Self.keyA)
        #expect(
            fingerprinter.fingerprint(type: "ab", normalizedValue: Array("c".utf8))
                != fingerprinter.fingerprint(type: "a", normalizedValue: Array("bc".utf8)))
    }

    @Test("is never a plain hash of the value")
    func notPlainHash() {
        let value = Array("123-45-6789".utf8)
        let fingerprint = Fingerprinter(key: Self.keyA).fingerprint(type: "us_ssn", normalizedValue: value)
        let plain = SHA256.hash(data: value).map { String(format: "%02x", $0) }.joined()
        let typed = SHA256.hash(data: Array("us_ssn".utf8) + [0] + value).map { String(format: "%02x", $0) }.joined()
        #expect(fingerprint != plain)
        #expect(fingerprint != typed)
    }

    @Test("random keys differ and never print their bytes")
    func randomKeys() {
        let first = FingerprintKey.random()
        let second = FingerprintKey.random()
        #expect(first.bytes.count == 32)
        #expect(first != second)
        #expect(String(describing: first) == "FingerprintKey(32 bytes, redacted)")
    }
}
