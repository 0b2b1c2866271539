/// `iban_mod97`: an IBAN of the registered length for its country (ISO 13616 registry) whose mod-97 check
/// (ISO 7064) gives 1; spaces ignored, letters case-insensitive. Published specimen IBANs are placeholders.
package struct IBANValidator: Validator {
    package let name = "iban_mod97"

    package init() {}

    /// IBAN length per country code, from the SWIFT IBAN registry.
    static let registry: [String: Int] = [
        "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29,
        "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29,
        "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28,
        "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20,
        "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
        "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29,
        "RO": 24, "RS": 22, "SA": 24, "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28,
        "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
    ]

    /// `registry` keyed by the two country-code bytes, so lookups need no String.
    static let lengths: [UInt16: Int] = Dictionary(
        uniqueKeysWithValues: registry.map { entry in
            let bytes = Array(entry.key.utf8)
            return (UInt16(bytes[0]) << 8 | UInt16(bytes[1]), entry.value)
        }
    )

    /// Specimen IBANs printed in the registry, bank documentation and tutorials.
    static let specimens: [StaticString] = [
        "GB82WEST12345698765432", "GB29NWBK60161331926819", "DE89370400440532013000", "DE02120300000000202051",
        "FR1420041010050500013M02606", "FR7630006000011234567890189", "NL91ABNA0417164300",
        "NL02ABNA0123456789", "ES9121000418450200051332", "IT60X0542811101000000123456",
        "BE68539007547034", "CH9300762011623852957", "AT611904300234573201",
    ]

    package func validate(_ value: [UInt8]) -> ValidationVerdict {
        let iban = ValidatorBytes.alnumUpper(value)
        guard iban.count >= 15, iban.count <= 34,
            ValidatorBytes.isUpper(iban[0]), ValidatorBytes.isUpper(iban[1]),
            ValidatorBytes.isDigit(iban[2]), ValidatorBytes.isDigit(iban[3])
        else { return .invalid }
        let country = UInt16(iban[0]) << 8 | UInt16(iban[1])
        guard Self.lengths[country] == iban.count, Self.mod97(iban) == 1 else { return .invalid }
        if Self.specimens.contains(where: { ValidatorBytes.equals(iban[...], $0) }) {
            return .placeholder
        }
        return .valid
    }

    /// The IBAN's remainder mod 97 after moving the first four characters to the end, letters as 10-35.
    static func mod97(_ iban: [UInt8]) -> Int {
        var remainder = 0
        for index in 0..<iban.count {
            let byte = iban[(index + 4) % iban.count]
            if ValidatorBytes.isDigit(byte) {
                remainder = (remainder * 10 + Int(byte - 0x30)) % 97
            } else {
                remainder = (remainder * 100 + Int(byte - 0x41) + 10) % 97
            }
        }
        return remainder
    }
}
