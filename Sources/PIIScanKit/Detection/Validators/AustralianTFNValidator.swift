/// `au_tfn`: an Australian tax file number (8 or 9 digits) whose weighted sum (weights 1 4 3 7 5 8 6 9 10,
/// or 10 7 8 4 6 3 5 1 for 8 digits) is a multiple of 11; the ATO's specimen 123 456 782 is a placeholder.
package struct AustralianTFNValidator: Validator {
    package let name = "au_tfn"

    package init() {}

    static let nineDigitWeights = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    static let eightDigitWeights = [10, 7, 8, 4, 6, 3, 5, 1]

    package func validate(_ value: [UInt8]) -> ValidationVerdict {
        let digits = ValidatorBytes.digits(value)
        let weights: [Int]
        switch digits.count {
        case 9: weights = Self.nineDigitWeights
        case 8: weights = Self.eightDigitWeights
        default: return .invalid
        }
        guard !ValidatorBytes.isRepdigit(digits) else { return .invalid }
        let sum = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 }
        guard sum % 11 == 0 else { return .invalid }
        return ValidatorBytes.equals(digits, "123456782") ? .placeholder : .valid
    }
}
