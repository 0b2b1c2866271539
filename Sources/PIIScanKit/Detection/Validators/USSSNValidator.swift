/// `us_ssn`: a US Social Security number as the SSA issues them: area 001-899 but not 666, group 01-99,
/// serial 0001-9999. Numbers made famous by advertising and documentation (078-05-1120, 219-09-9999,
/// 123-45-6789) and repeated digits are placeholders.
package struct USSSNValidator: Validator {
    package let name = "us_ssn"

    package init() {}

    static let placeholders: [StaticString] = ["078051120", "219099999", "123456789", "987654321"]

    package func validate(_ value: [UInt8]) -> ValidationVerdict {
        let digits = ValidatorBytes.digits(value)
        guard digits.count == 9 else { return .invalid }
        let area = ValidatorBytes.number(digits[0..<3])
        let group = ValidatorBytes.number(digits[3..<5])
        let serial = ValidatorBytes.number(digits[5..<9])
        guard area != 0, area != 666, area < 900, group != 0, serial != 0 else { return .invalid }
        if ValidatorBytes.isRepdigit(digits) || Self.placeholders.contains(where: { ValidatorBytes.equals(digits, $0) })
        {
            return .placeholder
        }
        return .valid
    }
}
