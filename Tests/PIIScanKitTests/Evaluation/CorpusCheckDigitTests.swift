import PIIScanTestSupport
import Testing

/// The generator's check-digit code against published valid identifiers, so the corpus labels can be trusted.
@Suite struct CorpusCheckDigitTests {
    private func digits(_ text: String) -> [Int] {
        text.compactMap(\.wholeNumberValue)
    }

    @Test(arguments: ["79927398713", "4539148803436467", "046454286", "378282246310005"])
    func luhnAcceptsPublishedNumbers(_ number: String) {
        #expect(CorpusCheckDigits.luhnValid(digits(number)))
    }

    @Test func luhnRejectsOneChangedDigit() {
        #expect(!CorpusCheckDigits.luhnValid(digits("79927398710")))
        #expect(CorpusCheckDigits.luhnCheckDigit(digits("7992739871")) == 3)
    }

    @Test(arguments: [
        "GB82WEST12345698765432", "DE89370400440532013000", "NL91ABNA0417164300", "FR1420041010050500013M02606",
    ])
    func ibanRemainderIsOneForPublishedIBANs(_ iban: String) {
        #expect(CorpusCheckDigits.ibanRemainder(iban) == 1)
    }

    @Test func ibanCheckDigitsMatchPublishedIBAN() {
        #expect(CorpusCheckDigits.ibanCheckDigits(country: "GB", bban: "WEST12345698765432") == 82)
        #expect(CorpusCheckDigits.ibanCheckDigits(country: "DE", bban: "370400440532013000") == 89)
    }

    @Test func verhoeffMatchesTheTextbookExample() {
        #expect(CorpusCheckDigits.verhoeffCheckDigit([2, 3, 6]) == 3)
        #expect(CorpusCheckDigits.verhoeffValid([2, 3, 6, 3]))
        #expect(!CorpusCheckDigits.verhoeffValid([2, 3, 6, 4]))
    }

    @Test func bsnElevenTest() {
        #expect(CorpusCheckDigits.bsnValid(digits("111222333")))
        #expect(!CorpusCheckDigits.bsnValid(digits("111222334")))
    }

    @Test func cpfCheckDigits() {
        #expect(CorpusCheckDigits.cpfCheckDigits(digits("529982247")) == (2, 5))
    }

    @Test func nirKey() {
        #expect(CorpusCheckDigits.nirKey(digits("2550814168025")) == 38)
    }

    @Test func spanishLetters() {
        #expect(CorpusCheckDigits.spanishLetter(12_345_678) == "Z")
        #expect(CorpusCheckDigits.spanishLetter(1_234_567) == "L")
    }

    @Test func codiceFiscaleCheckCharacter() {
        #expect(CorpusCheckDigits.codiceFiscaleCheck("RSSMRA85T10A562") == "S")
    }

    @Test func tfnWeights() {
        #expect(CorpusCheckDigits.tfnValid(digits("123456782")))
        #expect(!CorpusCheckDigits.tfnValid(digits("123456783")))
    }

    @Test(arguments: ["86095742719", "47036892816", "65929970489", "57549285017", "25768131411"])
    func steuerIDCheckDigit(_ id: String) {
        let all = digits(id)
        #expect(CorpusCheckDigits.steuerIDCheckDigit(Array(all.prefix(10))) == all[10])
    }

    @Test func nhsCheckDigit() {
        #expect(CorpusCheckDigits.nhsCheckDigit(digits("943476591")) == 9)
    }

    @Test func isbnCheckDigit() {
        #expect(CorpusCheckDigits.isbn13CheckDigit(digits("978316148410")) == 0)
    }
}
