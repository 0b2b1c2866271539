/// `credit_card`: a known brand prefix with one of the brand's lengths (Visa, Mastercard incl. the 2-series,
/// American Express, Discover, JCB, Diners Club, UnionPay) and the Luhn check; the processors' published
/// test numbers are placeholders.
package struct CreditCardValidator: Validator {
    package let name = "credit_card"

    package init() {}

    /// Test numbers published by payment processors (Stripe, Braintree, Adyen, PayPal) for sandboxes.
    static let testNumbers: [StaticString] = [
        "4111111111111111", "4242424242424242", "4012888888881881", "4000056655665556", "4222222222222",
        "4012888888881", "4000000000000002", "4000000000000077", "4444333322221111", "4917610000000000",
        "5555555555554444", "5105105105105100", "5200828282828210", "2223003122003222", "2222400010000008",
        "378282246310005", "371449635398431", "378734493671000", "6011111111111117", "6011000990139424",
        "6011000000000004", "3530111333300000", "3566002020360505", "3566111111111113", "30569309025904",
        "38520000023237", "36227206271667", "6200000000000005", "6205500000000000004",
    ]

    package func validate(_ value: [UInt8]) -> ValidationVerdict {
        let digits = ValidatorBytes.digits(value)
        guard Self.brandAccepts(digits), ValidatorBytes.luhnValid(digits) else { return .invalid }
        if Self.testNumbers.contains(where: { ValidatorBytes.equals(digits, $0) }) {
            return .placeholder
        }
        return .valid
    }

    /// Whether some brand issues numbers with this prefix and length.
    static func brandAccepts(_ digits: [Int]) -> Bool {
        let length = digits.count
        guard length >= 12, length <= 19 else { return false }
        let two = ValidatorBytes.number(digits[0..<2])
        let three = ValidatorBytes.number(digits[0..<3])
        let four = ValidatorBytes.number(digits[0..<4])
        let six = ValidatorBytes.number(digits[0..<6])
        if digits[0] == 4 {
            return length == 13 || length == 16 || length == 19
        }
        if (51...55).contains(two) || (2221...2720).contains(four) {
            return length == 16
        }
        if two == 34 || two == 37 {
            return length == 15
        }
        if four == 6011 || (644...649).contains(three) || two == 65 || (622_126...622_925).contains(six) {
            return length >= 16
        }
        if (3528...3589).contains(four) {
            return length >= 16
        }
        if (300...305).contains(three) || four == 3095 || two == 36 || two == 38 || two == 39 {
            return length >= 14
        }
        if two == 62 || two == 81 {
            return length >= 16
        }
        return false
    }
}
