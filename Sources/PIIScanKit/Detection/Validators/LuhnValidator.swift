/// `luhn`: the Luhn (mod 10) check over the digits of the match, separators ignored.
package struct LuhnValidator: Validator {
    package let name = "luhn"

    package init() {}

    package func validate(_ value: [UInt8]) -> ValidationVerdict {
        let digits = ValidatorBytes.digits(value)
        guard digits.count >= 2, !ValidatorBytes.isRepdigit(digits) else { return .invalid }
        return ValidatorBytes.luhnValid(digits) ? .valid : .invalid
    }
}
