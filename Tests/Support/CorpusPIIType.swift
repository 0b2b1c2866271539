/// The PII types the generator plants; raw values are the scanner's detector type ids.
package enum CorpusPIIType: String, CaseIterable, Sendable {
    case email, phone
    case creditCard = "credit_card"
    case iban
    case usSSN = "us_ssn"
    case ukNINO = "uk_nino"
    case ipAddress = "ip_address"
    case macAddress = "mac_address"
    case dateOfBirth = "date_of_birth"
    case passportNumber = "passport_number"
    case personName = "person_name"
    case streetAddress = "street_address"
    case geoCoordinates = "geo_coordinates"
    case nlBSN = "nl_bsn"
    case brCPF = "br_cpf"
    case inAadhaar = "in_aadhaar"
    case frNIR = "fr_nir"
    case esDNI = "es_dni"
    case esNIE = "es_nie"
    case itCodiceFiscale = "it_codice_fiscale"
    case caSIN = "ca_sin"
    case auTFN = "au_tfn"
    case deSteuerID = "de_steuer_id"
    case ukNHSNumber = "uk_nhs_number"

    /// A fresh valid value of this type; `language` picks the date style for birth dates.
    package func value(_ random: inout CorpusRandom, language: String) -> String {
        switch self {
        case .email: CorpusValues.email(&random)
        case .phone: CorpusValues.phone(&random)
        case .creditCard: CorpusValues.creditCard(&random)
        case .iban: CorpusValues.iban(&random)
        case .usSSN: CorpusValues.usSSN(&random)
        case .ukNINO: CorpusValues.ukNINO(&random)
        case .ipAddress: CorpusValues.ipAddress(&random)
        case .macAddress: CorpusValues.macAddress(&random)
        case .dateOfBirth: CorpusValues.dateOfBirth(&random, language: language)
        case .passportNumber: CorpusValues.passportNumber(&random)
        case .personName: CorpusValues.personName(&random)
        case .streetAddress: CorpusValues.streetAddress(&random)
        case .geoCoordinates: CorpusValues.geoCoordinates(&random)
        case .nlBSN: CorpusValues.nlBSN(&random)
        case .brCPF: CorpusValues.brCPF(&random)
        case .inAadhaar: CorpusValues.inAadhaar(&random)
        case .frNIR: CorpusValues.frNIR(&random)
        case .esDNI: CorpusValues.esDNI(&random)
        case .esNIE: CorpusValues.esNIE(&random)
        case .itCodiceFiscale: CorpusValues.itCodiceFiscale(&random)
        case .caSIN: CorpusValues.caSIN(&random)
        case .auTFN: CorpusValues.auTFN(&random)
        case .deSteuerID: CorpusValues.deSteuerID(&random)
        case .ukNHSNumber: CorpusValues.ukNHSNumber(&random)
        }
    }

    /// The key used in logs, JSON and config files; it carries the context word a scanner looks for.
    package var fieldName: String {
        switch self {
        case .email: "email"
        case .phone: "phone"
        case .creditCard: "card_number"
        case .iban: "iban"
        case .usSSN: "ssn"
        case .ukNINO: "nino"
        case .ipAddress: "client_ip"
        case .macAddress: "mac_address"
        case .dateOfBirth: "dob"
        case .passportNumber: "passport_number"
        case .personName: "full_name"
        case .streetAddress: "street_address"
        case .geoCoordinates: "geo_location"
        case .nlBSN: "bsn"
        case .brCPF: "cpf"
        case .inAadhaar: "aadhaar"
        case .frNIR: "nir"
        case .esDNI: "dni"
        case .esNIE: "nie"
        case .itCodiceFiscale: "codice_fiscale"
        case .caSIN: "sin"
        case .auTFN: "tfn"
        case .deSteuerID: "steuer_id"
        case .ukNHSNumber: "nhs_number"
        }
    }

    /// The words that introduce a value of this type in prose written in `language`.
    package func proseLabel(language: String) -> String {
        if let local = CorpusWords.proseLabels[language]?[self] { return local }
        switch self {
        case .email: return "my email address is"
        case .phone: return "you can call me on"
        case .creditCard: return "the card number was"
        case .iban: return "please refund it to IBAN"
        case .usSSN: return "my SSN is"
        case .ukNINO: return "my National Insurance number is"
        case .ipAddress: return "the login came from IP address"
        case .macAddress: return "the device MAC address is"
        case .dateOfBirth: return "date of birth:"
        case .passportNumber: return "my passport number is"
        case .personName: return "the account holder is"
        case .streetAddress: return "please ship it to"
        case .geoCoordinates: return "the last known location was"
        case .nlBSN: return "BSN:"
        case .brCPF: return "CPF:"
        case .inAadhaar: return "Aadhaar number:"
        case .frNIR: return "numéro de sécurité sociale (NIR) :"
        case .esDNI: return "DNI:"
        case .esNIE: return "NIE:"
        case .itCodiceFiscale: return "codice fiscale:"
        case .caSIN: return "SIN:"
        case .auTFN: return "TFN:"
        case .deSteuerID: return "Steuer-ID:"
        case .ukNHSNumber: return "NHS number:"
        }
    }
}
