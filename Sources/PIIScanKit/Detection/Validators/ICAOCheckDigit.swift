/// The check digit of machine-readable travel documents (ICAO 9303): characters weighted 7, 3, 1 in turn,
/// digits at their value, `A`–`Z` as 10–35 and the filler `<` as 0, summed modulo 10.
enum ICAOCheckDigit {
    /// The check digit of `characters` (uppercase letters, digits and `<`), or nil for any other byte.
    static func of(_ characters: ArraySlice<UInt8>) -> Int? {
        let weights = [7, 3, 1]
        var sum = 0
        for (offset, byte) in characters.enumerated() {
            let value: Int
            switch byte {
            case 0x30...0x39: value = Int(byte - 0x30)
            case 0x41...0x5A: value = Int(byte - 0x41) + 10
            case 0x3C: value = 0
            default: return nil
            }
            sum += value * weights[offset % 3]
        }
        return sum % 10
    }

    /// Whether the last byte of `value` is the check digit of the bytes before it.
    static func holds(_ value: [UInt8]) -> Bool {
        guard value.count >= 2, let last = value.last, ValidatorBytes.isDigit(last) else { return false }
        return of(value.dropLast()) == Int(last - 0x30)
    }
}

/// `icao_check_digit`: a document number from a machine-readable zone followed by its check digit
/// (`L898902C36`).
package struct ICAOCheckDigitValidator: Validator {
    package let name = "icao_check_digit"

    package init() {}

    package func validate(_ value: [UInt8]) -> ValidationVerdict {
        ICAOCheckDigit.holds(value) ? .valid : .invalid
    }
}
