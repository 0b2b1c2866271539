/// Mail and support notes in the locale's language.
extension CorpusShapeWriter {
    private static let orderWord = [
        "en": "Order", "de": "Bestellung", "fr": "Commande", "es": "Pedido", "it": "Ordine", "pt": "Encomenda",
        "nl": "Bestelling",
    ]

    /// An mbox of messages from customers to support agents: `From:`/`To:` headers with names and addresses, a
    /// `Message-ID` shaped like an address (a negative), a greeting with the agent's given name, a body that gives some of an address, a date of birth, a passport
    /// number, an IBAN or a phone number with their usual words, and a signature with the sender's name.
    mutating func writeMail(to file: inout CorpusFileWriter, size: Int, locale: CorpusLocale) throws {
        let start = file.offset
        while file.offset - start < size {
            let sender = locale.person(&random)
            let agent = locale.person(&random)
            let (day, seconds) = tick()
            let date = "Jan \(day) \(Self.time(seconds)) 2024"
            file.append("From ")
            file.plant(sender.email, type: "email")
            file.append(string: " Mon \(date)\nFrom: ")
            file.plant(sender.fullName, type: "person_name")
            file.append(" <")
            file.plant(sender.email, type: "email")
            file.append(">\nTo: ")
            file.plant(agent.fullName, type: "person_name")
            file.append(" <")
            let agentMail = CorpusLocale.mailbox(agent.givenName) + "." + CorpusLocale.mailbox(agent.surname)
            file.plant(agentMail + "@northwind-shop.eu", type: "email")
            file.append(string: ">\nSubject: \(Self.orderWord[locale.code]!) ")
            plantNegative(.luhnOrderNumber, &file)
            file.append(string: "\nDate: Mon, \(day) Jan 2024 \(Self.time(seconds)) +0100\nMessage-ID: <")
            file.plantNegative(CorpusValues.uuid(&random) + "@mail.northwind-shop.eu", kind: "message_id")
            file.append(">\n")
            if random.chance(0.4) {
                file.append("X-Mailer: Microsoft Outlook ")
                plantNegative(.ipv4Version, &file)
                file.append("\n")
            }
            file.append(string: "Content-Type: text/plain; charset=utf-8\n\n\(locale.greeting) ")
            file.plant(agent.givenName, type: "person_name")
            file.append(string: ",\n\n\(random.pick(locale.filler)) \(random.pick(locale.filler))\n")
            appendDetails(&file, person: sender, locale: locale)
            file.append(string: "\n\(locale.closing)\n")
            file.plant(sender.fullName, type: "person_name")
            file.append("\n")
            if random.chance(0.4) {
                let town = sender.address.dropFirst(sender.street.count + 2)
                file.plant(sender.street + "\n" + String(town), type: "street_address")
                file.append("\n")
            }
            if random.chance(0.4) {
                file.append(string: locale.phoneWord + " ")
                file.plant(sender.phone, type: "phone")
                file.append("\n")
            }
            file.append("\n")
            try file.flushIfFull()
        }
    }

    /// Agents' notes: a header line per note, the customer's name and address, and some personal details.
    mutating func writeNotes(to file: inout CorpusFileWriter, size: Int, locale: CorpusLocale) throws {
        let start = file.offset
        while file.offset - start < size {
            let customer = locale.person(&random)
            let stamp = isoTimestamp()
            file.append(
                string: "\(stamp.prefix(10)) \(stamp.dropFirst(11).prefix(5)) | #\(random.int(10_000...99_999))")
            file.append(string: " | agent\(random.int(1...40))\n\(locale.customerWord) ")
            file.plant(customer.fullName, type: "person_name")
            if random.chance(0.5) {
                file.append(" (")
                file.plant(customer.email, type: "email")
                file.append(")")
            }
            file.append(string: ". \(random.pick(locale.filler))\n")
            appendDetails(&file, person: customer, locale: locale)
            if random.chance(0.3) {
                file.append(string: "\(Self.orderWord[locale.code]!) ")
                plantNegative(.luhnOrderNumber, &file)
                file.append(string: ", app ")
                plantNegative(.ipv4Version, &file)
                file.append("\n")
            }
            file.append("---\n")
            try file.flushIfFull()
        }
    }

    /// Some of: the address on one line, a date of birth, a passport number, an IBAN, a phone number.
    private mutating func appendDetails(_ file: inout CorpusFileWriter, person: CorpusPerson, locale: CorpusLocale) {
        if random.chance(0.5) {
            file.append(string: locale.addressWord + " ")
            file.plant(person.address, type: "street_address")
            file.append("\n")
        }
        if random.chance(0.4) {
            file.append(string: locale.bornPhrase + " ")
            file.plant(locale.writtenDate(person, &random), type: "date_of_birth")
            file.append("\n")
        }
        if random.chance(0.25) {
            file.append(string: locale.passportPhrase + ": ")
            file.plant(person.passport, type: "passport_number")
            file.append("\n")
        }
        if random.chance(0.25) {
            file.append("IBAN ")
            file.plant(person.iban, type: "iban")
            file.append("\n")
        }
        if random.chance(0.3) {
            file.append(string: locale.phoneWord + " ")
            file.plant(person.phone, type: "phone")
            file.append("\n")
        }
    }
}
