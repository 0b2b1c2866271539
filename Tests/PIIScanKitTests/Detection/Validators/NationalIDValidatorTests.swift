import Testing

@testable import PIIScanKit

@Suite("National id validators")
struct NationalIDValidatorTests {
    @Test(
        "us_ssn",
        arguments: [
            ("536-22-1234", ValidationVerdict.valid),
            ("772 41 0093", .valid),
            ("001-01-0001", .valid),
            ("078-05-1120", .placeholder),
            ("123-45-6789", .placeholder),
            ("219-09-9999", .placeholder),
            ("000-12-3456", .invalid),
            ("666-12-3456", .invalid),
            ("912-12-3456", .invalid),
            ("536-00-1234", .invalid),
            ("536-22-0000", .invalid),
            ("536-22-123", .invalid),
        ]
    )
    func usSSN(value: String, expected: ValidationVerdict) {
        #expect(validatorVerdict("us_ssn", value) == expected)
    }

    @Test(
        "icao_check_digit",
        arguments: [
            ("L898902C36", ValidationVerdict.valid),
            ("C01X00T478", .valid),
            ("D23145<<<4", .valid),
            ("L898902C37", .invalid),
            ("D23145<<<8", .invalid),
            ("L898902C3X", .invalid),
            ("l898902c36", .invalid),
        ]
    )
    func icaoCheckDigit(value: String, expected: ValidationVerdict) {
        #expect(validatorVerdict("icao_check_digit", value) == expected)
    }

    @Test(
        "passport_number",
        arguments: [
            ("533380006", ValidationVerdict.valid),
            ("C01X00T47", .valid),
            ("C01X00T478", .valid),
            ("C01X00T471", .invalid),
            ("000000000", .placeholder),
            ("123456789", .placeholder),
            ("987654321", .placeholder),
            ("A12345678", .valid),
        ]
    )
    func passportNumber(value: String, expected: ValidationVerdict) {
        #expect(validatorVerdict("passport_number", value) == expected)
    }

    @Test(
        "uk_nino",
        arguments: [
            ("AB 65 43 21 C", ValidationVerdict.valid),
            ("JG103759A", .valid),
            ("ce 72 95 18 d", .valid),
            ("AB123456C", .placeholder),
            ("QQ654321C", .invalid),
            ("AO654321C", .invalid),
            ("GB654321A", .invalid),
            ("NK654321A", .invalid),
            ("AB654321E", .invalid),
            ("AB65432C", .invalid),
        ]
    )
    func ukNINO(value: String, expected: ValidationVerdict) {
        #expect(validatorVerdict("uk_nino", value) == expected)
    }

    @Test(
        "uk_nhs",
        arguments: [
            ("340 930 5653", ValidationVerdict.valid),
            ("2941307877", .valid),
            ("161-682-8129", .valid),
            ("943 476 5919", .placeholder),
            ("340 930 5654", .invalid),
            ("340 390 5653", .invalid),
            ("340 930 565", .invalid),
            ("1111111111", .invalid),
        ]
    )
    func ukNHS(value: String, expected: ValidationVerdict) {
        #expect(validatorVerdict("uk_nhs", value) == expected)
    }

    @Test(
        "nl_bsn",
        arguments: [
            ("222029729", ValidationVerdict.valid),
            ("2220.29.729", .valid),
            ("227918058", .valid),
            ("887180334", .valid),
            ("111222333", .placeholder),
            ("123456782", .placeholder),
            ("222029728", .invalid),
            ("222209729", .invalid),
            ("2220297290", .invalid),
            ("000000000", .invalid),
        ]
    )
    func dutchBSN(value: String, expected: ValidationVerdict) {
        #expect(validatorVerdict("nl_bsn", value) == expected)
    }

    @Test(
        "br_cpf",
        arguments: [
            ("018.780.175-43", ValidationVerdict.valid),
            ("98983478802", .valid),
            ("783.848.372-79", .valid),
            ("123.456.789-09", .placeholder),
            ("018.780.175-44", .invalid),
            ("018.780.157-43", .invalid),
            ("111.111.111-11", .invalid),
            ("018.780.175-4", .invalid),
        ]
    )
    func brazilCPF(value: String, expected: ValidationVerdict) {
        #expect(validatorVerdict("br_cpf", value) == expected)
    }

    @Test(
        "verhoeff",
        arguments: [
            ("8167 5136 1344", ValidationVerdict.valid),
            ("325242731675", .valid),
            ("4326-8656-3558", .valid),
            ("236", .valid),
            ("8167 5146 1344", .invalid),
            ("1867 5136 1344", .invalid),
            ("8167 5136 134", .invalid),
            ("2222 2222 2222", .invalid),
        ]
    )
    func verhoeff(value: String, expected: ValidationVerdict) {
        #expect(validatorVerdict("verhoeff", value) == expected)
    }

    @Test(
        "fr_nir",
        arguments: [
            ("1 85 05 78 006 084 91", ValidationVerdict.valid),
            ("293027512345668", .valid),
            ("1 85 05 2A 123 456 33", .valid),
            ("290112B04501226", .valid),
            ("1 85 05 78 006 084 92", .invalid),
            ("1 85 05 78 060 084 91", .invalid),
            ("1 85 05 2B 123 456 33", .invalid),
            ("18505780060849", .invalid),
        ]
    )
    func frenchNIR(value: String, expected: ValidationVerdict) {
        #expect(validatorVerdict("fr_nir", value) == expected)
    }

    @Test(
        "es_dni",
        arguments: [
            ("15058770A", ValidationVerdict.valid),
            ("65894811-H", .valid),
            ("31144024t", .valid),
            ("12345678Z", .placeholder),
            ("15058770B", .invalid),
            ("15058707A", .invalid),
            ("1505877A", .invalid),
        ]
    )
    func spanishDNI(value: String, expected: ValidationVerdict) {
        #expect(validatorVerdict("es_dni", value) == expected)
    }

    @Test(
        "es_nie",
        arguments: [
            ("X2646288T", ValidationVerdict.valid),
            ("Y-9751402-Z", .valid),
            ("Z6140141C", .valid),
            ("X1234567L", .placeholder),
            ("X2646288R", .invalid),
            ("Y2646288T", .invalid),
            ("X2646828T", .invalid),
            ("X264628T", .invalid),
        ]
    )
    func spanishNIE(value: String, expected: ValidationVerdict) {
        #expect(validatorVerdict("es_nie", value) == expected)
    }

    @Test(
        "it_codice_fiscale",
        arguments: [
            ("BNCGPP72E45F205G", ValidationVerdict.valid),
            ("VRDLCU90C12H501S", .valid),
            ("mrnlra80a41l219g", .valid),
            ("RSSMRA85T10A562S", .placeholder),
            ("BNCGPP72E45F205H", .invalid),
            ("BNCGPP72E45F250G", .invalid),
            ("BNCGPP72E45F205", .invalid),
        ]
    )
    func italianFiscalCode(value: String, expected: ValidationVerdict) {
        #expect(validatorVerdict("it_codice_fiscale", value) == expected)
    }

    @Test(
        "au_tfn",
        arguments: [
            ("402 344 834", ValidationVerdict.valid),
            ("740931925", .valid),
            ("912 845 298", .valid),
            ("123 456 782", .placeholder),
            ("402 344 835", .invalid),
            ("402 434 834", .invalid),
            ("402 344 83", .invalid),
        ]
    )
    func australianTFN(value: String, expected: ValidationVerdict) {
        #expect(validatorVerdict("au_tfn", value) == expected)
    }

    @Test(
        "de_steuer_id",
        arguments: [
            ("41042346852", ValidationVerdict.valid),
            ("74 310 835 927", .valid),
            ("26793814446", .invalid),
            ("91524870537", .valid),
            ("41042346853", .invalid),
            ("41042364852", .invalid),
            ("01042346852", .invalid),
            ("12345678903", .invalid),
            ("4104234685", .invalid),
        ]
    )
    func germanTaxID(value: String, expected: ValidationVerdict) {
        #expect(validatorVerdict("de_steuer_id", value) == expected)
    }
}
