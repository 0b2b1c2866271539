/// Makes valid fake PII values (contact, network and personal data here; identifiers in
/// `CorpusValues+Identifiers.swift`) and the hard negatives that look like them.
package enum CorpusValues {
    private static let emailDomains = [
        "northwind-bikes.co.uk", "brightmail.net", "gmx.de", "web.de", "orange.fr", "libero.it", "ziggo.nl",
        "telefonica.es", "uol.com.br", "outlook.com", "gmail.com", "yahoo.co.in", "bigpond.com", "posteo.de",
        "fastmail.fm", "hey.com", "kpnmail.nl", "sapo.pt", "free.fr", "tiscali.it",
    ]

    /// An address such as `anna.schmidt84@gmx.de`, never at a reserved domain.
    package static func email(_ random: inout CorpusRandom) -> String {
        let given = random.pick(CorpusWords.givenNames).lowercased()
        let surname = random.pick(CorpusWords.surnames).lowercased()
        let local: String
        switch random.below(4) {
        case 0: local = "\(given).\(surname)"
        case 1: local = "\(given.prefix(1))\(surname)\(random.int(1...99))"
        case 2: local = "\(given)_\(surname)"
        default: local = "\(surname).\(given.prefix(1))"
        }
        return local + "@" + random.pick(emailDomains)
    }

    /// A phone number in the national or international format of US/CA, UK, DE, FR, NL, ES, IT, BR, IN or AU,
    /// or in E.164.
    package static func phone(_ random: inout CorpusRandom) -> String {
        func n(_ count: Int) -> String { (0..<count).map { _ in String(random.digit()) }.joined() }
        switch random.below(11) {
        case 0:
            let area = random.pick(["212", "415", "312", "617", "206", "416", "604", "514", "303", "713"])
            let exchange = String(random.int(2...9)) + String(random.int(1...9)) + String(random.digit())
            if exchange == "555" { return "(\(area)) 624-\(n(4))" }
            return random.pick(["(\(area)) \(exchange)-", "\(area)-\(exchange)-", "+1 \(area) \(exchange) "]) + n(4)
        case 1:
            return random.chance(0.5)
                ? "07\(random.int(4...9))\(n(2)) \(n(6))" : "+44 20 \(random.int(3...8))\(n(3)) \(n(4))"
        case 2:
            return random.chance(0.5)
                ? "+49 30 \(random.int(2...9))\(n(7))" : "015\(random.int(1...9)) \(random.int(1...9))\(n(7))"
        case 3:
            let first = random.pick(["1", "6", "7", "4"])
            return random.chance(0.5)
                ? "+33 \(first) \(n(2)) \(n(2)) \(n(2)) \(n(2))" : "0\(first) \(n(2)) \(n(2)) \(n(2)) \(n(2))"
        case 4:
            return random.chance(0.5) ? "+31 20 \(random.int(2...9))\(n(2)) \(n(4))" : "06-\(random.int(1...5))\(n(7))"
        case 5:
            return random.chance(0.5) ? "+34 6\(n(2)) \(n(3)) \(n(3))" : "91\(random.int(2...9)) \(n(3)) \(n(3))"
        case 6:
            return random.chance(0.5) ? "+39 06 \(n(4)) \(n(4))" : "+39 3\(random.int(2...9))\(n(1)) \(n(3)) \(n(4))"
        case 7:
            let area = random.pick(["11", "21", "31", "41", "51", "61", "71", "81"])
            return random.chance(0.5) ? "+55 \(area) 9\(n(4))-\(n(4))" : "(\(area)) 9\(n(4))-\(n(4))"
        case 8:
            let first = String(random.int(7...9))
            return random.chance(0.6) ? "+91 \(first)\(n(4)) \(n(5))" : "\(first)\(n(4)) \(n(5))"
        case 9:
            return random.chance(0.5) ? "+61 2 \(random.int(8...9))\(n(3)) \(n(4))" : "04\(n(2)) \(n(3)) \(n(3))"
        default:
            switch random.below(3) {
            case 0: return "+1\(random.pick(["212", "415", "617"]))\(random.int(2...9))\(n(6))"
            case 1: return "+447\(random.int(4...9))\(n(8))"
            default: return "+4915\(random.int(1...9))\(n(8))"
            }
        }
    }

    /// A public IPv4 or global-unicast IPv6 address (never private, loopback or documentation ranges).
    package static func ipAddress(_ random: inout CorpusRandom) -> String {
        if random.chance(0.75) {
            let first = random.pick([31, 37, 46, 52, 62, 77, 81, 85, 89, 91, 104, 141, 151, 185, 188, 193, 212, 217])
            return "\(first).\(random.int(0...255)).\(random.int(0...255)).\(random.int(1...254))"
        }
        let prefix = random.pick(["2a02", "2a01", "2001:4860", "2600", "2a00", "2c0f", "2406", "2804"])
        var groups = prefix.split(separator: ":").map(String.init)
        while groups.count < 8 { groups.append(String(random.int(1...0xFFFF), radix: 16)) }
        if random.chance(0.3) {
            return groups.prefix(4).joined(separator: ":") + "::" + groups[7]
        }
        return groups.joined(separator: ":")
    }

    /// A unicast, globally administered MAC address, colon or dash separated.
    package static func macAddress(_ random: inout CorpusRandom) -> String {
        var octets = (0..<6).map { _ in random.int(0...255) }
        octets[0] = (octets[0] & 0xFC) | 0x04
        let separator = random.chance(0.7) ? ":" : "-"
        let upper = random.chance(0.3)
        return octets.map { octet in
            let hex = String(octet, radix: 16)
            let padded = hex.count == 1 ? "0" + hex : hex
            return upper ? padded.uppercased() : padded
        }.joined(separator: separator)
    }

    /// A birth date between 1940 and 2005, in the numeric style usual for `language`.
    package static func dateOfBirth(_ random: inout CorpusRandom, language: String) -> String {
        let year = random.int(1940...2005)
        let month = random.int(1...12)
        let day = random.int(1...28)
        switch language {
        case "de": return "\(padded(day, 2)).\(padded(month, 2)).\(year)"
        case "fr", "es", "it", "pt": return "\(padded(day, 2))/\(padded(month, 2))/\(year)"
        case "nl": return "\(padded(day, 2))-\(padded(month, 2))-\(year)"
        default:
            return random.chance(0.5)
                ? "\(year)-\(padded(month, 2))-\(padded(day, 2))" : "\(padded(month, 2))/\(padded(day, 2))/\(year)"
        }
    }

    /// A capitalised given name and surname.
    package static func personName(_ random: inout CorpusRandom) -> String {
        random.pick(CorpusWords.givenNames) + " " + random.pick(CorpusWords.surnames)
    }

    /// A street address with house number and postcode in the style of one of seven countries.
    package static func streetAddress(_ random: inout CorpusRandom) -> String {
        let number = random.int(1...240)
        switch random.below(7) {
        case 0:
            let city = random.pick([("Springfield", "IL"), ("Portland", "OR"), ("Austin", "TX"), ("Denver", "CO")])
            let street = random.pick(CorpusWords.streetsEnglish)
            return "\(number) \(street), \(city.0), \(city.1) \(random.int(10_000...99_950))"
        case 1:
            let postcode =
                random.pick(["SW1A", "EC2V", "M1", "B33", "LS1", "EH1"]) + " \(random.int(1...9))"
                + letter(&random) + letter(&random)
            let street = random.pick(CorpusWords.streetsEnglish)
            return "\(number) \(street), \(random.pick(["London", "Leeds", "Manchester"])) \(postcode)"
        case 2:
            return "\(random.pick(["Hauptstraße", "Bahnhofstraße", "Gartenweg", "Lindenallee"])) \(number), "
                + "\(random.int(10_115...99_998)) \(random.pick(["Berlin", "Hamburg", "München", "Köln"]))"
        case 3:
            let street = random.pick(["rue de la Paix", "avenue Victor Hugo", "boulevard Voltaire"])
            let postcode = "\(random.int(10...95))\(padded(random.int(0...999), 3))"
            return "\(number) \(street), \(postcode) \(random.pick(["Paris", "Lyon", "Nantes"]))"
        case 4:
            let street = random.pick(["Keizersgracht", "Dorpsstraat", "Kerkstraat"])
            let postcode = "\(random.int(1011...9999)) \(letter(&random))\(letter(&random))"
            return "\(street) \(number), \(postcode) \(random.pick(["Amsterdam", "Utrecht"]))"
        case 5:
            return "\(random.pick(["Calle Mayor", "Calle de Alcalá", "Avenida de la Constitución"])) \(number), "
                + "\(padded(random.int(1001...52_999), 5)) \(random.pick(["Madrid", "Sevilla", "Valencia"]))"
        default:
            return "\(random.pick(["Via Roma", "Via Garibaldi", "Corso Italia"])) \(number), "
                + "\(padded(random.int(100...98_168), 5)) \(random.pick(["Roma", "Milano", "Torino"]))"
        }
    }

    /// A latitude, longitude pair with five or six decimals.
    package static func geoCoordinates(_ random: inout CorpusRandom) -> String {
        func coordinate(_ limit: Int) -> String {
            let sign = random.chance(0.3) ? "-" : ""
            let places = random.chance(0.5) ? 5 : 6
            let fraction = padded(random.int(0...(places == 5 ? 99_999 : 999_999)), places)
            return "\(sign)\(random.int(1...limit)).\(fraction)"
        }
        return coordinate(70) + (random.chance(0.7) ? ", " : ",") + coordinate(170)
    }

    // MARK: helpers shared with the identifier generators

    static func digits(of value: Int) -> [Int] {
        String(value).map { Int(String($0))! }
    }

    static func padded(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    static func twoDigits(_ value: Int) -> String {
        padded(value, 2)
    }

    static func letter(_ random: inout CorpusRandom) -> String {
        String(Unicode.Scalar(UInt8(ascii: "A") + UInt8(random.below(26))))
    }

    static func alphanumeric(_ random: inout CorpusRandom) -> String {
        random.chance(0.6) ? String(random.digit()) : String(random.pick(Array("CFGHJKLMNPRTVWXYZ")))
    }

    /// Splits `text` into groups of the given sizes joined by `separator`.
    static func grouped(_ text: String, _ sizes: [Int], separator: String) -> String {
        var groups: [Substring] = []
        var rest = Substring(text)
        for size in sizes where !rest.isEmpty {
            groups.append(rest.prefix(size))
            rest = rest.dropFirst(size)
        }
        if !rest.isEmpty { groups.append(rest) }
        return groups.joined(separator: separator)
    }
}
