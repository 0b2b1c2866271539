/// `mac_address`: six octets; all-zero is no address (invalid); broadcast, multicast and the documentation
/// block (RFC 7042: 00-00-5E-00-53-xx) are placeholders.
package struct MACAddressValidator: Validator {
    package let name = "mac_address"

    package init() {}

    package func validate(_ value: [UInt8]) -> ValidationVerdict {
        let nibbles = value.compactMap(ValidatorBytes.hexValue)
        guard nibbles.count == 12 else { return .invalid }
        let octets = stride(from: 0, to: 12, by: 2).map { nibbles[$0] << 4 | nibbles[$0 + 1] }
        if octets.allSatisfy({ $0 == 0 }) { return .invalid }
        if octets[0] & 1 == 1 { return .placeholder }
        if octets[0...4] == [0x00, 0x00, 0x5E, 0x00, 0x53] { return .placeholder }
        return .valid
    }
}
