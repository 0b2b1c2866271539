/// `it_codice_fiscale`: an Italian fiscal code (16 characters) whose last letter is the check character:
/// odd positions mapped through the official odd table, even positions by value, sum mod 26 as a letter.
/// The well-known specimen of Mario Rossi is a placeholder.
package struct ItalianFiscalCodeValidator: Validator {
    package let name = "it_codice_fiscale"

    package init() {}

    /// Values of `0`-`9` and `A`-`Z` (digits share the values of A-J) at odd (1st, 3rd…) positions.
    static let oddValues: [Int] = [
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
    ]

    package func validate(_ value: [UInt8]) -> ValidationVerdict {
        let code = ValidatorBytes.alnumUpper(value)
        guard code.count == 16, ValidatorBytes.isUpper(code[15]) else { return .invalid }
        var sum = 0
        for (index, byte) in code[0..<15].enumerated() {
            let ordinal = ValidatorBytes.isDigit(byte) ? Int(byte - 0x30) : Int(byte - 0x41)
            sum += index % 2 == 0 ? Self.oddValues[ordinal] : ordinal
        }
        guard Int(code[15] - 0x41) == sum % 26 else { return .invalid }
        return ValidatorBytes.equals(code[...], "RSSMRA85T10A562S") ? .placeholder : .valid
    }
}
