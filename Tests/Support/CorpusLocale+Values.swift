/// One invented customer in a locale's formats: every value a record or a letter about them can hold.
package struct CorpusPerson: Sendable {
    package var givenName: String
    package var surname: String
    package var email: String
    package var phone: String
    /// The street and house number, without postcode or town (`Schulstraße 14`, `12 rue du Moulin`).
    package var street: String
    package var postcode: String
    /// The town as a CSV `city` cell holds it (`Columbus`, not `Columbus, OH`).
    package var city: String
    /// The whole address on one line, in the locale's order.
    package var address: String
    package var birthYear: Int
    package var birthMonth: Int
    package var birthDay: Int
    package var iban: String
    package var passport: String

    package var fullName: String { givenName + " " + surname }
}

extension CorpusLocale {
    /// A fresh person with values in this locale's formats.
    package func person(_ random: inout CorpusRandom) -> CorpusPerson {
        let given = random.pick(givenNames)
        let surname = random.pick(surnames)
        let town = random.pick(towns)
        let number = random.int(1...180)
        let streetName = random.pick(streets)
        let street = code == "en" || code == "fr" ? "\(number) \(streetName)" : "\(streetName) \(number)"
        let postcode = self.postcode(town, &random)
        let city = String(town.name.split(separator: ",")[0])
        let address: String
        switch code {
        case "en":
            let parts = town.name.split(separator: ",")
            address = "\(street), \(parts[0]),\(parts[1]) \(postcode)"
        default: address = "\(street), \(postcode) \(town.name)"
        }
        return CorpusPerson(
            givenName: given, surname: surname, email: email(given: given, surname: surname, &random),
            phone: CorpusValues.phone(&random), street: street, postcode: postcode, city: city, address: address,
            birthYear: random.int(1940...2005), birthMonth: random.int(1...12), birthDay: random.int(1...28),
            iban: CorpusValues.iban(&random), passport: CorpusValues.passportNumber(&random)
        )
    }

    private func postcode(_ town: Town, _ random: inout CorpusRandom) -> String {
        let number = random.int(town.postcodes)
        switch code {
        case "pt": return "\(number)-\(CorpusValues.padded(random.int(0...999), 3))"
        case "nl": return "\(number) \(CorpusValues.letter(&random))\(CorpusValues.letter(&random))"
        default: return CorpusValues.padded(number, 5)
        }
    }

    private func email(given: String, surname: String, _ random: inout CorpusRandom) -> String {
        let first = Self.mailbox(given)
        let last = Self.mailbox(surname)
        let local =
            switch random.below(3) {
            case 0: "\(first).\(last)"
            case 1: "\(first.prefix(1))\(last)\(random.int(1...99))"
            default: "\(last).\(first)"
            }
        return local + "@" + random.pick(emailDomains)
    }

    /// A name as people write it in a mailbox: lower case, accents folded, spaces and apostrophes dropped.
    static func mailbox(_ name: String) -> String {
        var folded = ""
        for character in name.lowercased() {
            switch character {
            case "ä": folded += "ae"
            case "ö": folded += "oe"
            case "ü": folded += "ue"
            case "ß": folded += "ss"
            case "à", "á", "â", "ã": folded += "a"
            case "ç": folded += "c"
            case "è", "é", "ê", "ë": folded += "e"
            case "ì", "í", "î", "ï": folded += "i"
            case "ñ": folded += "n"
            case "ò", "ó", "ô", "õ": folded += "o"
            case "ù", "ú", "û": folded += "u"
            case " ", "'": continue
            default: folded.append(character)
            }
        }
        return folded
    }

    /// The date of birth as a form or a table writes it in this locale (`03.05.1961`, `12/05/1980`, ISO in
    /// English exports).
    package func numericDate(_ person: CorpusPerson) -> String {
        let day = CorpusValues.padded(person.birthDay, 2)
        let month = CorpusValues.padded(person.birthMonth, 2)
        switch code {
        case "de": return "\(day).\(month).\(person.birthYear)"
        case "nl": return "\(day)-\(month)-\(person.birthYear)"
        case "en": return "\(person.birthYear)-\(month)-\(day)"
        default: return "\(day)/\(month)/\(person.birthYear)"
        }
    }

    /// The date of birth as a person writes it in a letter (`3. Mai 1961`, `August 2, 1956`, `12 de mayo de
    /// 1980`), or in numbers half of the time outside English.
    package func writtenDate(_ person: CorpusPerson, _ random: inout CorpusRandom) -> String {
        let month = months[person.birthMonth - 1]
        let day = person.birthDay
        let year = person.birthYear
        switch code {
        case "en": return random.chance(0.7) ? "\(month) \(day), \(year)" : "\(day) \(month) \(year)"
        case "de": return random.chance(0.5) ? "\(day). \(month) \(year)" : numericDate(person)
        case "es", "pt": return random.chance(0.5) ? "\(day) de \(month) de \(year)" : numericDate(person)
        default: return random.chance(0.5) ? "\(day) \(month) \(year)" : numericDate(person)
        }
    }
}
