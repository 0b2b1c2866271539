/// How a matched value is normalised before fingerprinting, so formatting variants of one value
/// (`4111 1111…` and `4111-1111…`, `Jane@X.org` and `jane@x.org`) get the same fingerprint.
package enum NormalizeStyle: String, Sendable, CaseIterable {
    /// ASCII digits only (cards, phone numbers, national ids).
    case digits
    /// ASCII letters and digits, upper-cased; non-ASCII bytes kept (IBANs, passports, postcodes).
    case alnumUpper = "alnum_upper"
    /// ASCII lower-cased, everything else unchanged (emails, hostnames).
    case lower
    /// The bytes as matched.
    case none
}

/// Applies a `NormalizeStyle` to a value's bytes.
package enum ValueNormalizer {
    package static func normalize(_ value: [UInt8], style: NormalizeStyle) -> [UInt8] {
        switch style {
        case .digits:
            return value.filter { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        case .alnumUpper:
            return value.compactMap { byte in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"): byte - 0x20
                case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...0xFF: byte
                default: nil
                }
            }
        case .lower:
            return value.map { ($0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z")) ? $0 + 0x20 : $0 }
        case .none:
            return value
        }
    }
}
