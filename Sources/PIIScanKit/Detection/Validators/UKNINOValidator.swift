/// `uk_nino`: a UK National Insurance number: two prefix letters HMRC allocates (first not D F I Q U V,
/// second not D F I O Q U V, and not BG GB KN NK NT TN ZZ), six digits, suffix A-D. The specimen digits
/// `123456` are a placeholder.
package struct UKNINOValidator: Validator {
    package let name = "uk_nino"

    package init() {}

    static let unallocated: [StaticString] = ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"]

    package func validate(_ value: [UInt8]) -> ValidationVerdict {
        let nino = ValidatorBytes.alnumUpper(value)
        guard nino.count == 9,
            ValidatorBytes.isUpper(nino[0]), ValidatorBytes.isUpper(nino[1]),
            nino[2..<8].allSatisfy(ValidatorBytes.isDigit),
            (0x41...0x44).contains(nino[8])
        else { return .invalid }
        if Self.forbiddenFirst.contains(nino[0]) || Self.forbiddenSecond.contains(nino[1]) {
            return .invalid
        }
        if Self.unallocated.contains(where: { ValidatorBytes.equals(nino[0..<2], $0) }) {
            return .invalid
        }
        return ValidatorBytes.equals(nino[2..<8], "123456") ? .placeholder : .valid
    }

    static let forbiddenFirst: [UInt8] = Array("DFIQUV".utf8)
    static let forbiddenSecond: [UInt8] = Array("DFIOQUV".utf8)
}
