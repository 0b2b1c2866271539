import Testing

@testable import PIIScanKit

@Suite("EvidenceMasker")
struct EvidenceMaskerTests {
    private func mask(_ text: String, _ style: MaskStyle) -> String {
        EvidenceMasker.mask(Array(text.utf8), style: style)
    }

    @Test(
        "email keeps the first letters and the TLD",
        arguments: [
            ("jane.doe@example.org", "j***@e***.org"),
            ("a@b.co.uk", "a***@b***.uk"),
            ("root@localhost", "r***@l***"),
            ("x@", "x***@"),
            ("élise@société.fr", "é***@s***.fr"),
            ("no-at-sign", "n********n"),
            ("@example.org", "@**********g"),
            ("a@b.o\trg", "a***@b***.***"),
        ])
    func email(input: String, expected: String) {
        #expect(mask(input, .email) == expected)
    }

    @Test(
        "last4 keeps separators and the last four alphanumerics",
        arguments: [
            ("4111-1111-1111-1234", "****-****-****-1234"),
            ("4111 1111 1111 1234", "**** **** **** 1234"),
            ("GB82WEST12345698765432", "******************5432"),
            ("123-45-6789", "***-**-6789"),
            ("1234567", "*****67"),
            ("12-34", "**-34"),
            ("123", "**3"),
            ("1", "*"),
            ("", ""),
        ])
    func last4(input: String, expected: String) {
        #expect(mask(input, .last4) == expected)
    }

    @Test(
        "initial keeps the first character of each word",
        arguments: [
            ("Jane Doe", "J*** D***"),
            ("  Jane\t\tvan  Doe ", "J*** v*** D***"),
            ("Élodie Ñúñez", "É*** Ñ***"),
            ("", ""),
        ])
    func initial(input: String, expected: String) {
        #expect(mask(input, .initial) == expected)
    }

    @Test(
        "partial keeps first and last, at most 12 stars, short values never whole",
        arguments: [
            ("secret123", "s*******3"),
            ("abcd", "a**d"),
            ("abc", "a**"),
            ("ab", "a*"),
            ("a", "*"),
            ("", ""),
            ("0123456789abcdefghij", "0************j"),
            ("çaüé", "ç**é"),
        ])
    func partial(input: String, expected: String) {
        #expect(mask(input, .partial) == expected)
    }

    @Test("a multi-byte first character is kept whole, never split")
    func multiByteFirstCharacter() {
        #expect(mask("日本語テキスト", .partial) == "日*****ト")
        #expect(mask("😀abc", .initial) == "😀***")
    }

    @Test(
        "invalid UTF-8 never traps and renders kept invalid bytes as U+FFFD",
        arguments: MaskStyle.allCases)
    func invalidUTF8(style: MaskStyle) {
        let inputs: [[UInt8]] = [
            [0xFF], [0xC3], [0xE2, 0x82], [0x80, 0x80, 0x80, 0x80, 0x80], [0xF0, 0x9F, 0x98],
            [0x61, 0xFF, 0x40, 0xFE, 0x2E, 0xC0], [0x40], [0x2E, 0x40, 0x2E], Array(repeating: 0xFF, count: 100),
        ]
        for input in inputs {
            let masked = EvidenceMasker.mask(input, style: style)
            #expect(!masked.unicodeScalars.contains { $0.value < 0x20 })
        }
        #expect(EvidenceMasker.mask([0xFF, 0x41, 0x42, 0xFE], style: .partial) == "\u{FFFD}**\u{FFFD}")
        #expect(EvidenceMasker.mask([0xC3, 0x41], style: .initial) == "\u{FFFD}***")
        #expect(
            EvidenceMasker.mask([0x31, 0xFF, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38], style: .last4) == "*****5678")
    }

    @Test("masked evidence never contains the raw value", arguments: MaskStyle.allCases)
    func neverWhole(style: MaskStyle) {
        for value in ["jane.doe@example.org", "4111-1111-1111-1234", "Jane Doe", "AB", "123", "secret"] {
            #expect(mask(value, style) != value)
        }
    }
}
