/// `passport_number`: a printed passport number. Ten characters are a German number with its check digit
/// (ICAO 9303), which must hold; one character repeated (`000000000`) or a run of consecutive digits
/// (`123456789`) is a placeholder.
package struct PassportNumberValidator: Validator {
    package let name = "passport_number"

    package init() {}

    package func validate(_ value: [UInt8]) -> ValidationVerdict {
        if value.count == 10 && !ICAOCheckDigit.holds(value) { return .invalid }
        let digits = ValidatorBytes.digits(value)
        guard digits.count == value.count else { return .valid }
        if ValidatorBytes.isRepdigit(digits) { return .placeholder }
        let ascending = zip(digits, digits.dropFirst()).allSatisfy { $1 == ($0 + 1) % 10 }
        let descending = zip(digits, digits.dropFirst()).allSatisfy { $0 == ($1 + 1) % 10 }
        return ascending || descending ? .placeholder : .valid
    }
}
