/// Every built-in validator by the name pattern files use in `validate:`.
package enum ValidatorRegistry {
    package static let all: [String: any Validator] = Dictionary(
        uniqueKeysWithValues: validators.map { ($0.name, $0) }
    )

    static let validators: [any Validator] = [
        LuhnValidator(), CreditCardValidator(), IBANValidator(), USSSNValidator(), UKNINOValidator(),
        EmailValidator(), IPv4Validator(), IPv4ClientValidator(), IPv6Validator(), MACAddressValidator(),
        BirthDateValidator(),
        GeoCoordinatesValidator(), DutchBSNValidator(), BrazilCPFValidator(), VerhoeffValidator(),
        FrenchNIRValidator(), SpanishDNIValidator(), SpanishNIEValidator(), ItalianFiscalCodeValidator(),
        AustralianTFNValidator(), GermanTaxIDValidator(), NHSNumberValidator(), PhoneNumberValidator(),
        ICAOCheckDigitValidator(), PassportNumberValidator(), PersonNameValidator(),
    ]
}
