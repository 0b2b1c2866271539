/// `es_dni`: a Spanish DNI (8 digits and a letter) whose letter is `TRWAGMYFPDXBNJZSQVHLCKE[number mod 23]`;
/// the specimen printed on sample cards (`12345678Z`) is a placeholder.
package struct SpanishDNIValidator: Validator {
    package let name = "es_dni"

    package init() {}

    static let letters: [UInt8] = Array("TRWAGMYFPDXBNJZSQVHLCKE".utf8)

    package func validate(_ value: [UInt8]) -> ValidationVerdict {
        let characters = ValidatorBytes.alnumUpper(value)
        guard characters.count == 9, characters[0..<8].allSatisfy(ValidatorBytes.isDigit) else { return .invalid }
        let number = ValidatorBytes.number(characters[0..<8].map { Int($0 - 0x30) }[...])
        guard Self.letters[number % 23] == characters[8] else { return .invalid }
        return number == 12_345_678 || number == 0 ? .placeholder : .valid
    }
}
