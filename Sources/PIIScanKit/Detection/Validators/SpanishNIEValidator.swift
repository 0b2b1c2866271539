/// `es_nie`: a Spanish foreigner number (NIE: X, Y or Z, 7 digits, a letter), checked like a DNI with the
/// first letter read as 0, 1 or 2; the specimen `X1234567L` is a placeholder.
package struct SpanishNIEValidator: Validator {
    package let name = "es_nie"

    package init() {}

    package func validate(_ value: [UInt8]) -> ValidationVerdict {
        let characters = ValidatorBytes.alnumUpper(value)
        guard characters.count == 9, (0x58...0x5A).contains(characters[0]),
            characters[1..<8].allSatisfy(ValidatorBytes.isDigit)
        else { return .invalid }
        let prefix = Int(characters[0] - 0x58)
        let number = prefix * 10_000_000 + ValidatorBytes.number(characters[1..<8].map { Int($0 - 0x30) }[...])
        guard SpanishDNIValidator.letters[number % 23] == characters[8] else { return .invalid }
        return number == 1_234_567 ? .placeholder : .valid
    }
}
