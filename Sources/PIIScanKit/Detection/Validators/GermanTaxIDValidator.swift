/// `de_steuer_id`: a German tax identification number (Steuer-IdNr, 11 digits, no leading zero): in the
/// first ten digits exactly one digit occurs twice or three times (never three in a row) and every other at
/// most once, and the last digit is the ISO 7064 MOD 11,10 check digit.
package struct GermanTaxIDValidator: Validator {
    package let name = "de_steuer_id"

    package init() {}

    package func validate(_ value: [UInt8]) -> ValidationVerdict {
        let digits = ValidatorBytes.digits(value)
        guard digits.count == 11, digits[0] != 0, Self.repetitionRuleHolds(digits[0..<10]) else { return .invalid }
        return Self.checkDigit(digits[0..<10]) == digits[10] ? .valid : .invalid
    }

    static func repetitionRuleHolds(_ body: ArraySlice<Int>) -> Bool {
        var counts = [Int](repeating: 0, count: 10)
        for digit in body { counts[digit] += 1 }
        let repeated = counts.indices.filter { counts[$0] > 1 }
        guard repeated.count == 1, counts[repeated[0]] <= 3 else { return false }
        let triple = counts[repeated[0]] == 3
        return !triple || !zip(body, zip(body.dropFirst(), body.dropFirst(2))).contains { $0 == $1.0 && $0 == $1.1 }
    }

    /// ISO 7064 MOD 11,10 check digit of `body`.
    static func checkDigit(_ body: ArraySlice<Int>) -> Int {
        var product = 10
        for digit in body {
            var sum = (digit + product) % 10
            if sum == 0 { sum = 10 }
            product = (sum * 2) % 11
        }
        let check = 11 - product
        return check == 10 ? 0 : check
    }
}
