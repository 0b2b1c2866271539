import Testing

@testable import PIIScanKit

@Suite("Personal data validators")
struct PersonalValidatorTests {
    @Test(
        "birth_date",
        arguments: [
            ("1985-03-12", ValidationVerdict.valid),
            ("12/03/1985", .valid),
            ("03/31/1985", .valid),
            ("29.02.2000", .valid),
            ("12 March 1985", .valid),
            ("Mar 12, 1985", .valid),
            ("1 mai 1990", .valid),
            ("12. März 1975", .valid),
            ("1er août 1980", .valid),
            ("3 de mayo de 1961", .valid),
            ("August 2nd, 1956", .valid),
            ("5 juin 1970", .valid),
            ("5 juillet 1970", .valid),
            ("17 Jänner 1983", .valid),
            ("31 juin 1970", .invalid),
            ("31. Februar 1961", .invalid),
            ("3 March May 1961", .invalid),
            ("29.02.1900", .invalid),
            ("31/31/1985", .invalid),
            ("1985-13-01", .invalid),
            ("1985-04-31", .invalid),
            ("12/03/1850", .invalid),
            ("12/03/2999", .invalid),
            ("12 Foo 1985", .invalid),
        ]
    )
    func birthDate(value: String, expected: ValidationVerdict) {
        #expect(validatorVerdict("birth_date", value) == expected)
    }

    @Test(
        "geo_coordinates",
        arguments: [
            ("48.8584, 2.2945", ValidationVerdict.valid),
            ("-33.8688,151.2093", .valid),
            ("40.7128, -74.0060", .valid),
            ("0.0000, 0.0000", .placeholder),
            ("91.0000, 2.2945", .invalid),
            ("48.8584, 181.0000", .invalid),
            ("48.8584", .invalid),
        ]
    )
    func geoCoordinates(value: String, expected: ValidationVerdict) {
        #expect(validatorVerdict("geo_coordinates", value) == expected)
    }

    @Test(
        "phone",
        arguments: [
            ("+44 20 8123 4567", ValidationVerdict.valid),
            ("+49 (0)30 12345678", .valid),
            ("(415) 867-5309", .valid),
            ("06 12 34 56 78", .valid),
            ("415-555-0123", .placeholder),
            ("+1 212 555 0199", .placeholder),
            ("020 7946 0958", .placeholder),
            ("+44 7700 900123", .placeholder),
            ("0491 570 156", .placeholder),
            ("123456", .invalid),
            ("+1 234 567 890 123 456", .invalid),
            ("555-555-5555", .invalid),
            ("000 000 0000", .invalid),
        ]
    )
    func phone(value: String, expected: ValidationVerdict) {
        #expect(validatorVerdict("phone", value) == expected)
    }
}
