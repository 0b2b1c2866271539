/// Payment and national identifiers, each with correct check digits and structure rules.
extension CorpusValues {
    private static let knownTestCards: Set<String> = [
        "4111111111111111", "4242424242424242", "4012888888881881", "5555555555554444", "5105105105105100",
        "378282246310005", "371449635398431", "6011111111111117", "3530111333300000",
    ]

    /// A card number (Visa, Mastercard, Amex, Discover or JCB) with a valid Luhn digit, grouped as printed.
    package static func creditCard(_ random: inout CorpusRandom) -> String {
        while true {
            let prefix: [Int]
            let length: Int
            switch random.below(6) {
            case 0, 1:
                prefix = [4]
                length = 16
            case 2:
                prefix = digits(of: random.int(51...55))
                length = 16
            case 3:
                prefix = digits(of: random.int(2221...2720))
                length = 16
            case 4:
                prefix = [3, random.chance(0.5) ? 4 : 7]
                length = 15
            default:
                prefix = random.chance(0.5) ? [6, 0, 1, 1] : digits(of: random.int(3528...3589))
                length = 16
            }
            var payload = prefix
            while payload.count < length - 1 { payload.append(random.digit()) }
            let number = payload + [CorpusCheckDigits.luhnCheckDigit(payload)]
            let plain = number.map(String.init).joined()
            if knownTestCards.contains(plain) { continue }
            switch random.below(3) {
            case 0: return plain
            case 1: return grouped(plain, length == 15 ? [4, 6, 5] : [4, 4, 4, 4], separator: " ")
            default: return grouped(plain, length == 15 ? [4, 6, 5] : [4, 4, 4, 4], separator: "-")
            }
        }
    }

    /// (country, BBAN layout) where `n` is a digit, `a` an upper-case letter and `c` either.
    private static let ibanLayouts: [(String, String)] = [
        ("DE", "nnnnnnnnnnnnnnnnnn"), ("GB", "aaaannnnnnnnnnnnnn"), ("FR", "nnnnnnnnnnnnnnnnnnnnnnn"),
        ("NL", "aaaannnnnnnnnn"), ("ES", "nnnnnnnnnnnnnnnnnnnn"), ("IT", "annnnnnnnnnnnnnnnnnnnnn"),
        ("BE", "nnnnnnnnnnnn"), ("AT", "nnnnnnnnnnnnnnnn"), ("CH", "nnnnnnnnnnnnnnnnn"),
        ("PT", "nnnnnnnnnnnnnnnnnnnnn"), ("IE", "aaaannnnnnnnnnnnnn"), ("PL", "nnnnnnnnnnnnnnnnnnnnnnnn"),
    ]

    /// An IBAN with correct length and mod-97 check digits, compact or in groups of four.
    package static func iban(_ random: inout CorpusRandom) -> String {
        ibanValue(&random, valid: true)
    }

    /// An IBAN-shaped value whose check digits are wrong (a hard negative).
    package static func badIBAN(_ random: inout CorpusRandom) -> String {
        ibanValue(&random, valid: false)
    }

    private static func ibanValue(_ random: inout CorpusRandom, valid: Bool) -> String {
        let (country, layout) = random.pick(ibanLayouts)
        var bban = ""
        for character in layout {
            bban += character == "n" ? String(random.digit()) : letter(&random)
        }
        var check = CorpusCheckDigits.ibanCheckDigits(country: country, bban: bban)
        if !valid { check = (check - 2 + random.int(1...90)) % 97 + 2 }
        let iban = country + twoDigits(check) + bban
        return random.chance(0.5)
            ? iban : grouped(iban, Array(repeating: 4, count: (iban.count + 3) / 4), separator: " ")
    }

    /// A US SSN obeying the area (not 000, 666, 900+), group (not 00) and serial (not 0000) rules.
    package static func usSSN(_ random: inout CorpusRandom) -> String {
        while true {
            let area = random.int(1...899)
            let group = random.int(1...99)
            let serial = random.int(1...9999)
            if area == 666 || (area == 123 && group == 45) || (area == 78 && group == 5) { continue }
            return "\(padded(area, 3))-\(padded(group, 2))-\(padded(serial, 4))"
        }
    }

    /// A UK National Insurance number with a valid prefix and suffix.
    package static func ukNINO(_ random: inout CorpusRandom) -> String {
        let first = Array("ABCEGHJKLMNOPRSTWXYZ")
        let second = Array("ABCEGHJKLMNPRSTWXYZ")
        let banned: Set<String> = ["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"]
        var prefix = ""
        repeat { prefix = String([random.pick(first), random.pick(second)]) } while banned.contains(prefix)
        let number = (0..<6).map { _ in String(random.digit()) }.joined()
        let suffix = String(random.pick(Array("ABCD")))
        return random.chance(0.5)
            ? prefix + number + suffix
            : "\(prefix) \(grouped(number, [2, 2, 2], separator: " ")) \(suffix)"
    }

    /// A Dutch BSN passing the 11-test.
    package static func nlBSN(_ random: inout CorpusRandom) -> String {
        while true {
            var digits = [random.int(1...9)] + (0..<7).map { _ in random.digit() }
            var sum = 0
            for index in 0..<8 { sum += (9 - index) * digits[index] }
            let last = sum % 11
            if last == 10 { continue }
            digits.append(last)
            let plain = digits.map(String.init).joined()
            return random.chance(0.7) ? plain : grouped(plain, [4, 2, 3], separator: ".")
        }
    }

    /// A Brazilian CPF with both check digits, as `123.456.789-09`.
    package static func brCPF(_ random: inout CorpusRandom) -> String {
        while true {
            let base = (0..<9).map { _ in random.digit() }
            if Set(base).count == 1 { continue }
            let (first, second) = CorpusCheckDigits.cpfCheckDigits(base)
            let plain = (base + [first, second]).map(String.init).joined()
            return grouped(String(plain.prefix(9)), [3, 3, 3], separator: ".") + "-" + String(plain.suffix(2))
        }
    }

    /// An Indian Aadhaar number (first digit 2–9, Verhoeff check digit), as `2345 6789 0124`.
    package static func inAadhaar(_ random: inout CorpusRandom) -> String {
        let payload = [random.int(2...9)] + (0..<10).map { _ in random.digit() }
        let plain = (payload + [CorpusCheckDigits.verhoeffCheckDigit(payload)]).map(String.init).joined()
        return random.chance(0.8) ? grouped(plain, [4, 4, 4], separator: " ") : plain
    }

    /// A French NIR (sex, year, month, département, commune, order, key), spaced as printed on the carte Vitale.
    package static func frNIR(_ random: inout CorpusRandom) -> String {
        var department = random.int(1...95)
        if department == 20 { department = 21 }
        let parts = [
            random.int(1...2), random.int(40...99), random.int(1...12), department, random.int(1...990),
            random.int(1...999),
        ]
        let text =
            "\(parts[0])\(padded(parts[1], 2))\(padded(parts[2], 2))\(padded(parts[3], 2))"
            + "\(padded(parts[4], 3))\(padded(parts[5], 3))"
        let key = CorpusCheckDigits.nirKey(text.map { Int(String($0))! })
        let plain = text + padded(key, 2)
        return random.chance(0.5) ? plain : grouped(plain, [1, 2, 2, 2, 3, 3, 2], separator: " ")
    }

    /// A Spanish DNI: eight digits and the mod-23 letter.
    package static func esDNI(_ random: inout CorpusRandom) -> String {
        let number = random.int(1_000_000...99_999_999)
        return padded(number, 8) + String(CorpusCheckDigits.spanishLetter(number))
    }

    /// A Spanish NIE: X, Y or Z, seven digits and the mod-23 letter.
    package static func esNIE(_ random: inout CorpusRandom) -> String {
        let prefix = random.below(3)
        let number = random.int(0...9_999_999)
        let letter = CorpusCheckDigits.spanishLetter(prefix * 10_000_000 + number)
        return String(Array("XYZ")[prefix]) + padded(number, 7) + String(letter)
    }

    private static let monthLetters = Array("ABCDEHLMPRST")
    private static let comuneCodes = ["H501", "F205", "L219", "F839", "G273", "A944", "D612", "L736", "C351", "G224"]

    /// An Italian codice fiscale (surname, name, birth date, comune, check character).
    package static func itCodiceFiscale(_ random: inout CorpusRandom) -> String {
        let consonants = Array("BCDFGHJKLMNPRSTVZ")
        let surname = String((0..<3).map { _ in random.pick(consonants) })
        let name = String((0..<3).map { _ in random.pick(consonants) })
        let day = random.int(1...28) + (random.chance(0.5) ? 40 : 0)
        let first15 =
            surname + name + padded(random.int(40...99), 2) + String(random.pick(monthLetters))
            + padded(day, 2) + random.pick(comuneCodes)
        return first15 + String(CorpusCheckDigits.codiceFiscaleCheck(first15))
    }

    /// A Canadian SIN (first digit 1–7 or 9, Luhn), as `046 454 286`.
    package static func caSIN(_ random: inout CorpusRandom) -> String {
        let payload = [random.pick([1, 2, 3, 4, 5, 6, 7, 9])] + (0..<7).map { _ in random.digit() }
        let plain = (payload + [CorpusCheckDigits.luhnCheckDigit(payload)]).map(String.init).joined()
        return random.chance(0.6) ? grouped(plain, [3, 3, 3], separator: random.chance(0.5) ? " " : "-") : plain
    }

    /// An Australian TFN passing the weighted mod-11 test, as `123 456 782`.
    package static func auTFN(_ random: inout CorpusRandom) -> String {
        while true {
            let digits = [random.int(1...9)] + (0..<8).map { _ in random.digit() }
            guard CorpusCheckDigits.tfnValid(digits) else { continue }
            let plain = digits.map(String.init).joined()
            return random.chance(0.6) ? grouped(plain, [3, 3, 3], separator: " ") : plain
        }
    }

    /// A German Steuer-ID: first digit not 0, exactly one digit twice in the first ten, ISO 7064 check digit.
    package static func deSteuerID(_ random: inout CorpusRandom) -> String {
        while true {
            var pool = Array(0...9)
            for index in stride(from: pool.count - 1, to: 0, by: -1) { pool.swapAt(index, random.int(0...index)) }
            var ten = Array(pool.prefix(9))
            ten.insert(ten[random.below(9)], at: random.below(10))
            guard ten[0] != 0, zip(ten, ten.dropFirst()).allSatisfy({ $0 != $1 }) else { continue }
            let plain = (ten + [CorpusCheckDigits.steuerIDCheckDigit(ten)]).map(String.init).joined()
            return random.chance(0.6) ? plain : grouped(plain, [2, 3, 3, 3], separator: " ")
        }
    }

    /// A UK NHS number with its mod-11 check digit, as `943 476 5919`.
    package static func ukNHSNumber(_ random: inout CorpusRandom) -> String {
        while true {
            let payload = [random.int(4...9)] + (0..<8).map { _ in random.digit() }
            guard let check = CorpusCheckDigits.nhsCheckDigit(payload) else { continue }
            let plain = (payload + [check]).map(String.init).joined()
            return random.chance(0.7) ? grouped(plain, [3, 3, 4], separator: " ") : plain
        }
    }

    /// A passport number in one of several national shapes.
    package static func passportNumber(_ random: inout CorpusRandom) -> String {
        let letters = Array("CFGHJKLMNPRTVWXYZ")
        switch random.below(4) {
        case 0: return String(random.int(1...9)) + (0..<8).map { _ in String(random.digit()) }.joined()
        case 1: return String(random.pick(letters)) + (0..<8).map { _ in alphanumeric(&random) }.joined()
        case 2:
            return padded(random.int(10...99), 2) + letter(&random) + letter(&random)
                + padded(random.int(0...99_999), 5)
        default: return letter(&random) + letter(&random) + padded(random.int(0...9_999_999), 7)
        }
    }
}
