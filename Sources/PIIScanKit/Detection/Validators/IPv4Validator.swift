/// `ipv4`: four decimal octets 0-255 without leading zeros. Addresses that identify no one are placeholders:
/// documentation ranges (RFC 5737: 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24), loopback, `0.0.0.0/8`,
/// link-local, multicast, reserved and broadcast. Private ranges (10/8, 172.16/12, 192.168/16) are `privateUse`:
/// a client's address in a DHCP lease or a login line identifies its device.
package struct IPv4Validator: Validator {
    package let name = "ipv4"

    package init() {}

    package func validate(_ value: [UInt8]) -> ValidationVerdict {
        guard let octets = Self.octets(value) else { return .invalid }
        if Self.isPrivate(octets) { return .privateUse }
        return Self.isPublic(octets) ? .valid : .placeholder
    }

    /// RFC 1918: 10/8, 172.16/12, 192.168/16.
    static func isPrivate(_ octets: [Int]) -> Bool {
        octets[0] == 10 || (octets[0] == 172 && (16...31).contains(octets[1])) || (octets[0] == 192 && octets[1] == 168)
    }

    /// The four octets of a dotted quad, or nil when it is not one.
    static func octets(_ value: [UInt8]) -> [Int]? {
        var octets: [Int] = []
        var current = -1
        var length = 0
        for byte in value + [0x2E] {
            if ValidatorBytes.isDigit(byte) {
                if length == 1, current == 0 { return nil }
                current = max(current, 0) * 10 + Int(byte - 0x30)
                length += 1
                guard length <= 3, current <= 255 else { return nil }
            } else if byte == 0x2E, length > 0 {
                octets.append(current)
                current = -1
                length = 0
            } else {
                return nil
            }
        }
        return octets.count == 4 ? octets : nil
    }

    static func isPublic(_ octets: [Int]) -> Bool {
        let (a, b, c) = (octets[0], octets[1], octets[2])
        switch a {
        case 0, 10, 127: return false
        case 169 where b == 254: return false
        case 172 where (16...31).contains(b): return false
        case 192 where b == 168: return false
        case 192 where b == 0 && c == 2: return false
        case 198 where b == 51 && c == 100: return false
        case 203 where b == 0 && c == 113: return false
        case 224...255: return false
        default: return true
        }
    }
}

/// `ipv4_client`: `ipv4` for an address the pattern itself places as a client's (the first field of an access log
/// line): a private address identifies a device on the internal network as much as a public one does.
package struct IPv4ClientValidator: Validator {
    package let name = "ipv4_client"

    package init() {}

    package func validate(_ value: [UInt8]) -> ValidationVerdict {
        let verdict = IPv4Validator().validate(value)
        return verdict == .privateUse ? .valid : verdict
    }
}
