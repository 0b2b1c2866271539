import PIIScanTestSupport

/// Independent checks that a labelled span's bytes really are a valid value of its type (or, for hard
/// negatives, really are the look-alike the label says). `before` is the text just before the span, for the
/// types that need a context word.
enum CorpusLabelCheck {
    private static let ibanLengths = [
        "DE": 22, "GB": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27, "BE": 16, "AT": 20, "CH": 21, "PT": 25, "IE": 22,
        "PL": 28,
    ]
    private static let testCards: Set<String> = ["4111111111111111", "4242424242424242", "5555555555554444"]

    static func digits(_ text: String) -> [Int] {
        text.compactMap(\.wholeNumberValue)
    }

    private static func only(_ text: String, _ allowed: String) -> Bool {
        text.allSatisfy { $0.isNumber || allowed.contains($0) }
    }

    static func isValid(type: String, value: String, before: String) -> Bool {
        let compact = String(value.filter { $0 != " " && $0 != "-" && $0 != "." })
        let plainDigits = digits(value)
        switch type {
        case "email":
            let parts = value.split(separator: "@")
            return parts.count == 2 && parts[1].contains(".") && !parts[1].hasPrefix("example.")
        case "phone":
            return only(value, " +-()") && (9...15).contains(plainDigits.count)
        case "credit_card":
            return only(value, " -") && (15...16).contains(plainDigits.count)
                && CorpusCheckDigits.luhnValid(plainDigits)
                && !testCards.contains(compact)
        case "iban":
            return ibanLengths[String(compact.prefix(2))] == compact.count
                && CorpusCheckDigits.ibanRemainder(compact) == 1
        case "us_ssn":
            let parts = value.split(separator: "-").map { Int($0) ?? -1 }
            return parts.count == 3 && value.count == 11 && parts[0] > 0 && parts[0] != 666 && parts[0] < 900
                && parts[1] > 0 && parts[2] > 0 && value != "123-45-6789"
        case "uk_nino":
            let prefix = String(compact.prefix(2))
            return compact.count == 9 && !["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].contains(prefix)
                && !"DFIQUV".contains(compact.first!) && !"DFIOQUV".contains(Array(compact)[1])
                && "ABCD".contains(compact.last!) && digits(compact).count == 6
        case "ip_address":
            if value.contains(":") { return value.hasPrefix("2") && !value.hasPrefix("2001:db8") }
            let octets = value.split(separator: ".").compactMap { Int($0) }
            return octets.count == 4 && octets.allSatisfy { $0 <= 255 } && ![10, 127, 0].contains(octets[0])
                && !(octets[0] == 192 && octets[1] == 168) && !(octets[0] == 172 && (16...31).contains(octets[1]))
        case "mac_address":
            return value.count == 17 && value.split(whereSeparator: { $0 == ":" || $0 == "-" }).count == 6
        case "date_of_birth":
            let lower = before.lowercased()
            let year = value.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }.filter { $0 > 1000 }
            return year.count == 1 && (1940...2005).contains(year[0])
                && ["born", "dob", "date of birth", "geboren am", "né le", "fecha de nacimiento"].contains {
                    lower.contains($0)
                }
        case "passport_number":
            return (8...9).contains(value.count) && before.lowercased().contains("passport")
        case "person_name":
            let words = value.split(separator: " ").map(String.init)
            return words.count == 2 && CorpusWords.givenNames.contains(words[0])
                && CorpusWords.surnames.contains(words[1])
        case "street_address":
            return value.contains(",") && value.contains { $0.isNumber }
        case "geo_coordinates":
            return value.split(separator: ",").map { $0.trimmingSpaces }.allSatisfy { Double($0) != nil }
                && value.split(separator: ",").count == 2
        case "nl_bsn":
            return plainDigits.count == 9 && CorpusCheckDigits.bsnValid(plainDigits)
        case "br_cpf":
            return value.count == 14 && plainDigits.count == 11
                && CorpusCheckDigits.cpfCheckDigits(Array(plainDigits.prefix(9))) == (plainDigits[9], plainDigits[10])
        case "in_aadhaar":
            return plainDigits.count == 12 && plainDigits[0] >= 2 && CorpusCheckDigits.verhoeffValid(plainDigits)
        case "fr_nir":
            return plainDigits.count == 15
                && CorpusCheckDigits.nirKey(Array(plainDigits.prefix(13))) == plainDigits[13] * 10 + plainDigits[14]
        case "es_dni":
            return value.count == 9 && CorpusCheckDigits.spanishLetter(Int(value.prefix(8))!) == value.last!
        case "es_nie":
            let prefix = "XYZ".firstIndex(of: value.first!).map { "XYZ".distance(from: "XYZ".startIndex, to: $0) }
            guard let prefix, value.count == 9, let number = Int(value.dropFirst().prefix(7)) else { return false }
            return CorpusCheckDigits.spanishLetter(prefix * 10_000_000 + number) == value.last!
        case "it_codice_fiscale":
            return value.count == 16 && CorpusCheckDigits.codiceFiscaleCheck(String(value.prefix(15))) == value.last!
        case "ca_sin":
            return plainDigits.count == 9 && ![0, 8].contains(plainDigits[0])
                && CorpusCheckDigits.luhnValid(plainDigits)
        case "au_tfn":
            return plainDigits.count == 9 && CorpusCheckDigits.tfnValid(plainDigits)
        case "de_steuer_id":
            let ten = Array(plainDigits.prefix(10))
            return plainDigits.count == 11 && ten[0] != 0 && Set(ten).count == 9
                && CorpusCheckDigits.steuerIDCheckDigit(ten) == plainDigits[10]
        case "uk_nhs_number":
            return plainDigits.count == 10
                && CorpusCheckDigits.nhsCheckDigit(Array(plainDigits.prefix(9))) == plainDigits[9]
        default:
            return false
        }
    }

    static func isNegative(kind: String, value: String) -> Bool {
        let compact = String(value.filter { $0 != " " })
        switch kind {
        case "uuid": return value.count == 36 && value.split(separator: "-").map(\.count) == [8, 4, 4, 4, 12]
        case "git_sha": return value.count == 40 && value.allSatisfy(\.isHexDigit)
        case "version": return only(value, ".") && value.contains(".")
        case "timestamp": return value.count == 24 && value.hasSuffix("Z") && value.contains("T")
        case "order_id": return value.hasPrefix("ORD-")
        case "isbn":
            let all = digits(value)
            return all.count == 13 && CorpusCheckDigits.isbn13CheckDigit(Array(all.prefix(12))) == all[12]
        case "luhn_fail_card": return digits(value).count == 16 && !CorpusCheckDigits.luhnValid(digits(value))
        case "bad_iban":
            return CorpusCheckDigits.ibanRemainder(compact) != 1
                && ibanLengths[String(compact.prefix(2))] == compact.count
        case "reserved_email": return ["@example.com", "@example.org", "@example.net"].contains { value.hasSuffix($0) }
        case "doc_ip": return ["192.0.2.", "198.51.100.", "203.0.113."].contains { value.hasPrefix($0) }
        case "test_card": return testCards.contains(compact)
        case "placeholder_ssn": return ["123-45-6789", "078-05-1120"].contains(value)
        default: return false
        }
    }
}

extension Substring {
    fileprivate var trimmingSpaces: Substring {
        drop { $0 == " " }
    }
}
