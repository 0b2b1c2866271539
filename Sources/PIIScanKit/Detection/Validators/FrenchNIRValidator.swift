/// `fr_nir`: a French social security number (NIR, 13 digits + 2-digit key) whose key is
/// 97 − (number mod 97); the Corsican departments `2A`/`2B` count as 19/18.
package struct FrenchNIRValidator: Validator {
    package let name = "fr_nir"

    package init() {}

    package func validate(_ value: [UInt8]) -> ValidationVerdict {
        var characters = ValidatorBytes.alnumUpper(value)
        guard characters.count == 15 else { return .invalid }
        if characters[5] == 0x32, characters[6] == 0x41 || characters[6] == 0x42 {
            characters[5] = 0x31
            characters[6] = characters[6] == 0x41 ? 0x39 : 0x38
        }
        guard characters.allSatisfy(ValidatorBytes.isDigit) else { return .invalid }
        let digits = characters.map { Int($0 - 0x30) }
        let number = ValidatorBytes.number(digits[0..<13])
        let key = ValidatorBytes.number(digits[13..<15])
        return key == 97 - number % 97 ? .valid : .invalid
    }
}
