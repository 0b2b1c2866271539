/// Hard negatives: values that look like PII but are not anyone's data, so a scanner must not report them.
extension CorpusValues {
    /// A lower-case version-4 UUID.
    package static func uuid(_ random: inout CorpusRandom) -> String {
        let variant = String(Array("89ab")[random.below(4)])
        return self.hex(&random, count: 8) + "-" + self.hex(&random, count: 4) + "-4" + self.hex(&random, count: 3)
            + "-"
            + variant + self.hex(&random, count: 3) + "-" + self.hex(&random, count: 12)
    }

    /// `count` lower-case hex digits.
    package static func hex(_ random: inout CorpusRandom, count: Int) -> String {
        let alphabet = Array("0123456789abcdef")
        return String((0..<count).map { _ in alphabet[random.below(16)] })
    }

    /// A software version such as `4.18.2` or `10.0.19045.3803`.
    package static func version(_ random: inout CorpusRandom) -> String {
        random.chance(0.5)
            ? "\(random.int(0...12)).\(random.int(0...40)).\(random.int(0...30))"
            : "10.0.\(random.int(17_000...22_631)).\(random.int(1000...4000))"
    }

    /// An ISO 8601 timestamp with milliseconds, e.g. `2024-01-15T10:22:33.123Z`.
    package static func timestamp(_ random: inout CorpusRandom) -> String {
        "\(random.int(2019...2025))-\(padded(random.int(1...12), 2))-\(padded(random.int(1...28), 2))T"
            + "\(padded(random.int(0...23), 2)):\(padded(random.int(0...59), 2)):\(padded(random.int(0...59), 2))."
            + "\(padded(random.int(0...999), 3))Z"
    }

    /// An order reference such as `ORD-2024-0048213`.
    package static func orderID(_ random: inout CorpusRandom) -> String {
        "ORD-\(random.int(2019...2025))-\(padded(random.int(0...9_999_999), 7))"
    }

    /// An ISBN-13 with a valid check digit, hyphenated.
    package static func isbn(_ random: inout CorpusRandom) -> String {
        let payload = [9, 7, 8] + [random.int(0...3)] + (0..<8).map { _ in random.digit() }
        let digits = payload + [CorpusCheckDigits.isbn13CheckDigit(payload)]
        let text = digits.map(String.init).joined()
        return grouped(text, [3, 1, 4, 4, 1], separator: "-")
    }

    /// A 16-digit Visa-shaped number whose Luhn check fails.
    package static func luhnFailCard(_ random: inout CorpusRandom) -> String {
        let payload = [4] + (0..<14).map { _ in random.digit() }
        let wrong = (CorpusCheckDigits.luhnCheckDigit(payload) + random.int(1...9)) % 10
        let text = (payload + [wrong]).map(String.init).joined()
        return random.chance(0.5) ? text : grouped(text, [4, 4, 4, 4], separator: " ")
    }

    /// An address at a reserved documentation domain (RFC 2606).
    package static func reservedEmail(_ random: inout CorpusRandom) -> String {
        random.pick(["jane.doe", "john.doe", "user", "alice", "support", "noreply"]) + "@"
            + random.pick(["example.com", "example.org", "example.net"])
    }

    /// An IPv4 address in a documentation range (RFC 5737).
    package static func documentationIP(_ random: inout CorpusRandom) -> String {
        random.pick(["192.0.2.", "198.51.100.", "203.0.113."]) + String(random.int(1...254))
    }

    /// A well-known payment-provider test card.
    package static func testCard(_ random: inout CorpusRandom) -> String {
        random.pick(["4111111111111111", "4242424242424242", "5555555555554444", "4111 1111 1111 1111"])
    }

    /// A placeholder SSN that appears in forms and documentation.
    package static func placeholderSSN(_ random: inout CorpusRandom) -> String {
        random.pick(["123-45-6789", "078-05-1120"])
    }
}
