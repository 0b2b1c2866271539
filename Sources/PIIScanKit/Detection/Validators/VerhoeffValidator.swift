/// `verhoeff`: the Verhoeff dihedral-group check (Aadhaar); repeated digits are invalid.
package struct VerhoeffValidator: Validator {
    package let name = "verhoeff"

    package init() {}

    static let multiplication: [[Int]] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
        [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    ]
    static let permutation: [[Int]] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
        [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
    ]

    package func validate(_ value: [UInt8]) -> ValidationVerdict {
        let digits = ValidatorBytes.digits(value)
        guard digits.count >= 2, !ValidatorBytes.isRepdigit(digits) else { return .invalid }
        var check = 0
        for (offset, digit) in digits.reversed().enumerated() {
            check = Self.multiplication[check][Self.permutation[offset % 8][digit]]
        }
        return check == 0 ? .valid : .invalid
    }
}
