import Testing

@testable import PIIScanKit

@Suite("Financial validators")
struct FinancialValidatorTests {
    @Test(
        "luhn",
        arguments: [
            ("4539526018159083", ValidationVerdict.valid),
            ("4539 5260 1815 9083", .valid),
            ("171-147-101", .valid),
            ("4539526028159083", .invalid),
            ("5439526018159083", .invalid),
            ("171157101", .invalid),
            ("711147101", .invalid),
            ("0000000000", .invalid),
            ("7", .invalid),
        ]
    )
    func luhn(value: String, expected: ValidationVerdict) {
        #expect(validatorVerdict("luhn", value) == expected)
    }

    @Test(
        "credit_card",
        arguments: [
            ("4539526018159083", ValidationVerdict.valid),
            ("4716-3016-6131-8609", .valid),
            ("5425 9139 0996 0304", .valid),
            ("2221824628194823", .valid),
            ("371419935181902", .valid),
            ("3714 199351 81902", .valid),
            ("6011937865797549", .valid),
            ("3530323194875745", .valid),
            ("30569118625274", .valid),
            ("6212601895559793", .valid),
            ("4111111111111111", .placeholder),
            ("4242 4242 4242 4242", .placeholder),
            ("5555555555554444", .placeholder),
            ("378282246310005", .placeholder),
            ("6011111111111117", .placeholder),
            ("4539526028159083", .invalid),
            ("5439526018159083", .invalid),
            ("453952601815908", .invalid),
            ("45395260181590830", .invalid),
            ("9539526018159081", .invalid),
            ("3714199351819020", .invalid),
        ]
    )
    func creditCard(value: String, expected: ValidationVerdict) {
        #expect(validatorVerdict("credit_card", value) == expected)
    }

    @Test(
        "iban_mod97",
        arguments: [
            ("DE17752917034236671276", ValidationVerdict.valid),
            ("DE17 7529 1703 4236 6712 76", .valid),
            ("GB61NWBK84268465632122", .valid),
            ("FR12 3307 9244 0268 5995 2890 786", .valid),
            ("NL28RABO6661760313", .valid),
            ("ES5872159010928159013962", .valid),
            ("IT66X4595711777741215472803", .valid),
            ("BE52852808414852", .valid),
            ("de17752917034236671276", .valid),
            ("GB82 WEST 1234 5698 7654 32", .placeholder),
            ("DE89370400440532013000", .placeholder),
            ("DE17752917034236671277", .invalid),
            ("DE17752917034236672176", .invalid),
            ("DE1775291703423667127", .invalid),
            ("NL28RABO66617603131", .invalid),
            ("XX17752917034236671276", .invalid),
            ("1234567890123456", .invalid),
        ]
    )
    func iban(value: String, expected: ValidationVerdict) {
        #expect(validatorVerdict("iban_mod97", value) == expected)
    }
}
