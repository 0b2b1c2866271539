/// `nl_bsn`: a Dutch citizen service number (BSN, 8 or 9 digits) passing the 11-test: the digits weighted
/// 9, 8, … 2 and the last −1 sum to a multiple of 11 (and not 0). Specimen numbers are placeholders.
package struct DutchBSNValidator: Validator {
    package let name = "nl_bsn"

    package init() {}

    static let specimens: [StaticString] = ["111222333", "123456782", "999999990"]

    package func validate(_ value: [UInt8]) -> ValidationVerdict {
        var digits = ValidatorBytes.digits(value)
        if digits.count == 8 { digits.insert(0, at: 0) }
        guard digits.count == 9, !ValidatorBytes.isRepdigit(digits) else { return .invalid }
        var sum = 0
        for (index, digit) in digits.enumerated() {
            sum += index == 8 ? -digit : digit * (9 - index)
        }
        guard sum != 0, sum % 11 == 0 else { return .invalid }
        return Self.specimens.contains(where: { ValidatorBytes.equals(digits, $0) }) ? .placeholder : .valid
    }
}
