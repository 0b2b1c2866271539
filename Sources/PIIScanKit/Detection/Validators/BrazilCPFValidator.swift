/// `br_cpf`: a Brazilian CPF (11 digits) with both mod-11 check digits right; repeated digits are invalid
/// and the tutorial number 123.456.789-09 is a placeholder.
package struct BrazilCPFValidator: Validator {
    package let name = "br_cpf"

    package init() {}

    package func validate(_ value: [UInt8]) -> ValidationVerdict {
        let digits = ValidatorBytes.digits(value)
        guard digits.count == 11, !ValidatorBytes.isRepdigit(digits) else { return .invalid }
        guard Self.checkDigit(digits[0..<9]) == digits[9], Self.checkDigit(digits[0..<10]) == digits[10] else {
            return .invalid
        }
        return ValidatorBytes.equals(digits, "12345678909") ? .placeholder : .valid
    }

    /// The check digit following `body`: weights count down from `body.count + 1` to 2.
    static func checkDigit(_ body: ArraySlice<Int>) -> Int {
        var sum = 0
        for (offset, digit) in body.enumerated() {
            sum += digit * (body.count + 1 - offset)
        }
        let remainder = sum % 11
        return remainder < 2 ? 0 : 11 - remainder
    }
}
