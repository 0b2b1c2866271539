/// How a matched value is masked for `evidence` (chosen per detector in its pattern file).
package enum MaskStyle: String, Sendable, CaseIterable {
    /// `jane.doe@example.org` → `j***@e***.org`.
    case email
    /// `4111-1111-1111-1234` → `****-****-****-1234`.
    case last4
    /// `Jane Doe` → `J*** D***`.
    case initial
    /// `secret123` → `s*******3`: the default.
    case partial
}

/// Turns a raw matched value into the masked `evidence` string that is safe to print and store.
///
/// Values are bytes and may be invalid UTF-8: the masker never traps, never splits a UTF-8 sequence, and
/// renders any invalid byte it keeps as U+FFFD.
package enum EvidenceMasker {
    /// The most stars `partial` writes, so a long value does not produce a long evidence string.
    static let maxPartialStars = 12

    /// Masks `value` with `style`.
    package static func mask(_ value: [UInt8], style: MaskStyle) -> String {
        switch style {
        case .email: maskEmail(value[...])
        case .last4: maskLast4(value[...])
        case .initial: maskInitials(value[...])
        case .partial: maskPartial(value[...])
        }
    }

    /// First unit of the local part and of the first domain label, TLD kept (masked too when it is not a
    /// plain label, so odd bytes after the last dot are not copied); `partial` without an `@`.
    static func maskEmail(_ value: ArraySlice<UInt8>) -> String {
        guard let at = value.lastIndex(of: UInt8(ascii: "@")), at > value.startIndex else {
            return maskPartial(value)
        }
        let local = value[..<at]
        let domain = value[(at + 1)...]
        var output = firstUnit(of: local) + "***@"
        guard !domain.isEmpty else { return output }
        output += firstUnit(of: domain) + "***"
        if let dot = domain.lastIndex(of: UInt8(ascii: ".")), dot > domain.startIndex {
            let topLevel = domain[(dot + 1)...]
            let isLabel = topLevel.allSatisfy { UTF8Units.isAlphanumeric($0) || $0 == UInt8(ascii: "-") }
            output += "." + (isLabel ? String(decoding: topLevel, as: UTF8.self) : "***")
        }
        return output
    }

    /// Every letter or digit becomes `*` except the last 4; with fewer than 8 only the last 2, and never
    /// more than half, so a short value is never shown whole. Separators stay where they are.
    static func maskLast4(_ value: ArraySlice<UInt8>) -> String {
        let bounds = UTF8Units.boundaries(of: value)
        let alphanumericCount = bounds.dropLast().filter { UTF8Units.isAlphanumeric(value[$0]) }.count
        let keep = alphanumericCount < 8 ? min(2, alphanumericCount / 2) : 4
        var seen = 0
        var output: [UInt8] = []
        output.reserveCapacity(value.count)
        for (start, end) in zip(bounds, bounds.dropFirst()) {
            let lead = value[start]
            if UTF8Units.isSeparator(lead) {
                output.append(lead)
            } else if UTF8Units.isAlphanumeric(lead) {
                seen += 1
                if seen > alphanumericCount - keep {
                    output.append(contentsOf: value[start..<end])
                } else {
                    output.append(UInt8(ascii: "*"))
                }
            } else {
                output.append(UInt8(ascii: "*"))
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// First unit of each whitespace-separated word, then `***`; words joined by one space.
    static func maskInitials(_ value: ArraySlice<UInt8>) -> String {
        value.split(whereSeparator: UTF8Units.isWhitespace)
            .map { firstUnit(of: $0) + "***" }
            .joined(separator: " ")
    }

    /// First and last unit kept, a star for each unit between (at most `maxPartialStars`). Values of fewer
    /// than 4 units keep only their first unit, so a short value is never shown whole.
    static func maskPartial(_ value: ArraySlice<UInt8>) -> String {
        let bounds = UTF8Units.boundaries(of: value)
        let units = bounds.count - 1
        switch units {
        case 0: return ""
        case 1: return "*"
        case 2, 3: return firstUnit(of: value) + String(repeating: "*", count: units - 1)
        default:
            let last = String(decoding: value[bounds[units - 1]..<bounds[units]], as: UTF8.self)
            return firstUnit(of: value) + String(repeating: "*", count: min(units - 2, maxPartialStars)) + last
        }
    }

    /// The first unit of `bytes` as a string (empty for empty input).
    static func firstUnit(of bytes: ArraySlice<UInt8>) -> String {
        guard !bytes.isEmpty else { return "" }
        let length = UTF8Units.unitLength(bytes, at: bytes.startIndex)
        return String(decoding: bytes.prefix(length), as: UTF8.self)
    }
}
