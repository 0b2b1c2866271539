/// `phone`: 7 to 15 digits (ITU E.164), not one repeated digit nor a counting run; numbers reserved for
/// fiction and documentation are placeholders: NANP 555-0100 to 555-0199, Ofcom's drama ranges
/// (020 7946 0xxx, 0113 496 0xxx, 0161 496 0xxx, 01632 960xxx, 07700 900xxx) and ACMA's 0491 57x xxx.
/// A `(0)` trunk prefix after a country code is ignored.
package struct PhoneNumberValidator: Validator {
    package let name = "phone"

    package init() {}

    static let fictionalNational: [StaticString] = [
        "02079460", "01134960", "01614960", "01632960", "07700900", "049157",
    ]

    package func validate(_ value: [UInt8]) -> ValidationVerdict {
        var digits = Self.digitsWithoutTrunk(value)
        guard digits.count >= 7, digits.count <= 15, !ValidatorBytes.isRepdigit(digits) else { return .invalid }
        if ValidatorBytes.equals(digits, "1234567890") || ValidatorBytes.equals(digits, "0123456789") {
            return .placeholder
        }
        let nanp = (digits.count == 11 && digits[0] == 1) || (digits.count == 10 && digits[0] >= 2)
        if nanp {
            let core = digits.suffix(10)
            let exchange = ValidatorBytes.number(core.dropFirst(3).prefix(3))
            let line = ValidatorBytes.number(core.dropFirst(6).prefix(2))
            if exchange == 555 && line == 1 { return .placeholder }
        }
        if value.first == 0x2B {
            if digits.starts(with: [4, 4]) || digits.starts(with: [6, 1]) {
                digits.replaceSubrange(0..<2, with: [0])
            }
        }
        if Self.fictionalNational.contains(where: { ValidatorBytes.hasPrefix(digits, $0) }) {
            return .placeholder
        }
        return .valid
    }

    /// The digits of `value`, skipping a `(0)` trunk prefix written after an international prefix.
    static func digitsWithoutTrunk(_ value: [UInt8]) -> [Int] {
        var result: [Int] = []
        var index = 0
        while index < value.count {
            if value[0] == 0x2B, index + 2 < value.count, value[index] == 0x28, value[index + 1] == 0x30,
                value[index + 2] == 0x29
            {
                index += 3
                continue
            }
            if ValidatorBytes.isDigit(value[index]) { result.append(Int(value[index] - 0x30)) }
            index += 1
        }
        return result
    }
}
