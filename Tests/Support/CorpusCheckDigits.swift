/// Check-digit algorithms used to make (and, in tests, to verify) valid identifiers. Written independently of the
/// scanner's validators on purpose: two implementations that agree are the test.
package enum CorpusCheckDigits {
    /// The Luhn check digit for `payload` (digits, most significant first).
    package static func luhnCheckDigit(_ payload: [Int]) -> Int {
        var sum = 0
        for (index, digit) in payload.reversed().enumerated() {
            var value = digit
            if index % 2 == 0 {
                value *= 2
                if value > 9 { value -= 9 }
            }
            sum += value
        }
        return (10 - sum % 10) % 10
    }

    /// True when `digits` (check digit last) passes the Luhn test.
    package static func luhnValid(_ digits: [Int]) -> Bool {
        guard let last = digits.last else { return false }
        return luhnCheckDigit(Array(digits.dropLast())) == last
    }

    /// The remainder mod 97 of an IBAN rearranged as ISO 13616 says (letters as 10…35).
    package static func ibanRemainder(_ iban: String) -> Int {
        let characters = Array(iban.utf8)
        guard characters.count > 4 else { return -1 }
        let rearranged = characters[4...] + characters[..<4]
        var remainder = 0
        for character in rearranged {
            switch character {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                remainder = (remainder * 10 + Int(character - UInt8(ascii: "0"))) % 97
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                remainder = (remainder * 100 + Int(character - UInt8(ascii: "A")) + 10) % 97
            default:
                return -1
            }
        }
        return remainder
    }

    /// The two IBAN check digits for a country code and BBAN.
    package static func ibanCheckDigits(country: String, bban: String) -> Int {
        98 - ibanRemainder(country + "00" + bban)
    }

    private static let verhoeffMultiplication: [[Int]] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
        [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    ]
    private static let verhoeffPermutation: [[Int]] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
        [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
    ]
    private static let verhoeffInverse = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]

    /// The Verhoeff check digit for `payload`.
    package static func verhoeffCheckDigit(_ payload: [Int]) -> Int {
        var check = 0
        for (index, digit) in payload.reversed().enumerated() {
            check = verhoeffMultiplication[check][verhoeffPermutation[(index + 1) % 8][digit]]
        }
        return verhoeffInverse[check]
    }

    /// True when `digits` (check digit last) passes the Verhoeff test.
    package static func verhoeffValid(_ digits: [Int]) -> Bool {
        var check = 0
        for (index, digit) in digits.reversed().enumerated() {
            check = verhoeffMultiplication[check][verhoeffPermutation[index % 8][digit]]
        }
        return check == 0
    }

    /// Dutch BSN "11-test": 9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 (mod 11).
    package static func bsnValid(_ digits: [Int]) -> Bool {
        guard digits.count == 9 else { return false }
        var sum = 0
        for index in 0..<8 { sum += (9 - index) * digits[index] }
        return (sum - digits[8]) % 11 == 0
    }

    /// The two Brazilian CPF check digits for nine base digits.
    package static func cpfCheckDigits(_ base: [Int]) -> (Int, Int) {
        func digit(_ values: [Int]) -> Int {
            var sum = 0
            for (index, value) in values.enumerated() { sum += value * (values.count + 1 - index) }
            let remainder = sum % 11
            return remainder < 2 ? 0 : 11 - remainder
        }
        let first = digit(base)
        return (first, digit(base + [first]))
    }

    /// The French NIR key: 97 − (13-digit number mod 97).
    package static func nirKey(_ thirteenDigits: [Int]) -> Int {
        var remainder = 0
        for digit in thirteenDigits { remainder = (remainder * 10 + digit) % 97 }
        return 97 - remainder
    }

    /// The letter that ends a Spanish DNI (and, after replacing X/Y/Z by 0/1/2, an NIE).
    package static func spanishLetter(_ number: Int) -> Character {
        Array("TRWAGMYFPDXBNJZSQVHLCKE")[number % 23]
    }

    private static let codiceOddValues: [Int] = [
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
    ]

    /// The check character of an Italian codice fiscale, from its first fifteen characters.
    package static func codiceFiscaleCheck(_ first15: String) -> Character {
        var sum = 0
        for (index, character) in first15.utf8.enumerated() {
            let position: Int
            if character >= UInt8(ascii: "0") && character <= UInt8(ascii: "9") {
                position = Int(character - UInt8(ascii: "0"))
            } else {
                position = Int(character - UInt8(ascii: "A"))
            }
            // Positions are 1-based in the specification, so index 0 is an "odd" character.
            sum += index % 2 == 0 ? codiceOddValues[position] : position
        }
        return Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(sum % 26)))
    }

    /// Australian TFN: weighted sum (1, 4, 3, 7, 5, 8, 6, 9, 10) ≡ 0 (mod 11).
    package static func tfnValid(_ digits: [Int]) -> Bool {
        let weights = [1, 4, 3, 7, 5, 8, 6, 9, 10]
        guard digits.count == 9 else { return false }
        var sum = 0
        for index in 0..<9 { sum += weights[index] * digits[index] }
        return sum % 11 == 0
    }

    /// The German Steuer-ID check digit (ISO 7064 MOD 11,10) over the first ten digits.
    package static func steuerIDCheckDigit(_ tenDigits: [Int]) -> Int {
        var product = 10
        for digit in tenDigits {
            var sum = (digit + product) % 10
            if sum == 0 { sum = 10 }
            product = (sum * 2) % 11
        }
        let check = 11 - product
        return check == 10 ? 0 : check
    }

    /// The NHS number check digit (weights 10…2, mod 11), or nil when the payload has no valid check digit.
    package static func nhsCheckDigit(_ nineDigits: [Int]) -> Int? {
        var sum = 0
        for (index, digit) in nineDigits.enumerated() { sum += (10 - index) * digit }
        let check = 11 - sum % 11
        if check == 11 { return 0 }
        return check == 10 ? nil : check
    }

    /// The ISBN-13 check digit.
    package static func isbn13CheckDigit(_ twelveDigits: [Int]) -> Int {
        var sum = 0
        for (index, digit) in twelveDigits.enumerated() { sum += index % 2 == 0 ? digit : 3 * digit }
        return (10 - sum % 10) % 10
    }
}
