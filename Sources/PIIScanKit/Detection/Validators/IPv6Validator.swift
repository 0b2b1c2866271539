/// `ipv6`: eight groups of 1-4 hex digits, or fewer with exactly one `::`. Documentation (RFC 3849:
/// 2001:db8::/32), loopback, unspecified, link-local (fe80::/10), unique-local (fc00::/7) and multicast
/// addresses are placeholders.
package struct IPv6Validator: Validator {
    package let name = "ipv6"

    package init() {}

    package func validate(_ value: [UInt8]) -> ValidationVerdict {
        guard let groups = Self.groups(value) else { return .invalid }
        return Self.isGlobal(groups) ? .valid : .placeholder
    }

    /// The eight 16-bit groups of the address, `::` expanded, or nil when it is not an IPv6 address.
    static func groups(_ value: [UInt8]) -> [Int]? {
        var fields = value.split(separator: 0x3A, omittingEmptySubsequences: false)
        guard fields.count >= 3, fields.count <= 9 else { return nil }
        if fields[0].isEmpty {
            guard fields[1].isEmpty else { return nil }
            fields.removeFirst()
        }
        if fields[fields.count - 1].isEmpty {
            guard fields[fields.count - 2].isEmpty else { return nil }
            fields.removeLast()
        }
        let gaps = fields.indices.filter { fields[$0].isEmpty }
        guard gaps.count <= 1 else { return nil }
        var values: [Int] = []
        for field in fields {
            if field.isEmpty {
                let missing = 9 - fields.count
                guard missing >= 1 else { return nil }
                values.append(contentsOf: repeatElement(0, count: missing))
                continue
            }
            guard field.count <= 4, let group = Self.hexValue(field) else { return nil }
            values.append(group)
        }
        return values.count == 8 ? values : nil
    }

    static func hexValue(_ field: ArraySlice<UInt8>) -> Int? {
        var result = 0
        for byte in field {
            guard let nibble = ValidatorBytes.hexValue(byte) else { return nil }
            result = result << 4 | nibble
        }
        return result
    }

    static func isGlobal(_ groups: [Int]) -> Bool {
        if groups[0...6].allSatisfy({ $0 == 0 }) && groups[7] <= 1 { return false }
        if groups[0] == 0x2001 && groups[1] == 0x0DB8 { return false }
        let first = groups[0]
        if first & 0xFFC0 == 0xFE80 || first & 0xFE00 == 0xFC00 || first & 0xFF00 == 0xFF00 { return false }
        return true
    }
}
