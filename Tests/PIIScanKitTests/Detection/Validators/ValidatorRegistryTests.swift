import Testing

@testable import PIIScanKit

@Suite("ValidatorRegistry")
struct ValidatorRegistryTests {
    @Test("every validator is registered under its own name")
    func registersEveryValidatorByName() {
        let expected: Set<String> = [
            "luhn", "credit_card", "iban_mod97", "us_ssn", "uk_nino", "email_domain", "ipv4", "ipv4_client", "ipv6",
            "mac_address",
            "birth_date", "geo_coordinates", "nl_bsn", "br_cpf", "verhoeff", "fr_nir", "es_dni", "es_nie",
            "it_codice_fiscale", "au_tfn", "de_steuer_id", "uk_nhs", "phone", "icao_check_digit", "passport_number",
            "person_name",
        ]
        #expect(Set(ValidatorRegistry.all.keys) == expected)
        for (name, validator) in ValidatorRegistry.all {
            #expect(validator.name == name)
        }
    }
}
