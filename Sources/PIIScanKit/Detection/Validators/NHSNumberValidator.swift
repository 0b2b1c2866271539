/// `uk_nhs`: an NHS number (10 digits) whose mod-11 check digit (weights 10 to 2) is right; a remainder
/// giving 10 is never issued. The test range 999 and the NHS Digital specimen 943 476 5919 are placeholders.
package struct NHSNumberValidator: Validator {
    package let name = "uk_nhs"

    package init() {}

    package func validate(_ value: [UInt8]) -> ValidationVerdict {
        let digits = ValidatorBytes.digits(value)
        guard digits.count == 10, !ValidatorBytes.isRepdigit(digits) else { return .invalid }
        var sum = 0
        for (index, digit) in digits[0..<9].enumerated() {
            sum += digit * (10 - index)
        }
        var check = 11 - sum % 11
        if check == 11 { check = 0 }
        guard check != 10, check == digits[9] else { return .invalid }
        if ValidatorBytes.number(digits[0..<3]) == 999 || ValidatorBytes.equals(digits, "9434765919") {
            return .placeholder
        }
        return .valid
    }
}
