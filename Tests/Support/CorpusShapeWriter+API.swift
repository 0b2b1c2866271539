/// API payloads with camelCase keys: a pretty-printed page of records, and the same records as NDJSON.
extension CorpusShapeWriter {
    /// `{"data": [ … ], "page": 1, …}` pretty-printed with two-space indents, as `JSON.stringify(value, null, 2)`
    /// writes it.
    mutating func writeAPIJSON(to file: inout CorpusFileWriter, size: Int, locale: CorpusLocale) throws {
        let start = file.offset
        file.append("{\n  \"data\": [\n")
        var first = true
        while file.offset - start < size {
            if !first { file.append(",\n") }
            first = false
            appendRecord(&file, locale: locale, indent: "    ")
            try file.flushIfFull()
        }
        file.append(
            string: "\n  ],\n  \"page\": \(random.int(1...40)),\n  \"pageSize\": 100,\n  \"hasMore\": true\n}\n")
    }

    /// One compact record per line.
    mutating func writeAPINDJSON(to file: inout CorpusFileWriter, size: Int, locale: CorpusLocale) throws {
        let start = file.offset
        while file.offset - start < size {
            appendRecord(&file, locale: locale, indent: nil)
            file.append("\n")
            try file.flushIfFull()
        }
    }

    /// An order with a nested `customer` (names, contact, birth date and a nested `address`), an `items` array
    /// with EANs, the client's IP address and the app version.
    private mutating func appendRecord(_ file: inout CorpusFileWriter, locale: CorpusLocale, indent: String?) {
        let person = locale.person(&random)
        var writer = JSONWriter(indent: indent)
        writer.open(&file)
        writer.key("id", &file)
        file.append(decimal: random.int(100_000...999_999))
        writer.key("orderNumber", &file)
        writer.string(&file) { plantNegative(.luhnOrderNumber, &$0) }
        writer.key("createdAt", &file)
        let stamp = isoTimestamp()
        writer.string(&file) { $0.append(string: stamp) }
        writer.key("customer", &file)
        writer.open(&file)
        writer.key("customerId", &file)
        writer.string(&file) { $0.append(string: "C-\(CorpusValues.padded(random.int(0...999_999), 6))") }
        for (key, value, type) in [
            ("firstName", person.givenName, "person_name"), ("lastName", person.surname, "person_name"),
            ("email", person.email, "email"), ("phoneNumber", person.phone, "phone"),
        ] {
            writer.key(key, &file)
            writer.string(&file) { $0.plant(value, type: type) }
        }
        if random.chance(0.7) {
            let month = CorpusValues.padded(person.birthMonth, 2)
            let birth = "\(person.birthYear)-\(month)-\(CorpusValues.padded(person.birthDay, 2))"
            writer.key("dateOfBirth", &file)
            writer.string(&file) { $0.plant(birth, type: "date_of_birth") }
        }
        writer.key("address", &file)
        writer.open(&file)
        writer.key("street", &file)
        writer.string(&file) { $0.plant(person.street, type: "street_address") }
        writer.key("postalCode", &file)
        writer.string(&file) { $0.plant(person.postcode, type: "postal_code") }
        writer.key("city", &file)
        writer.string(&file) { $0.plant(person.city, type: "city") }
        writer.key("countryCode", &file)
        writer.string(&file) { $0.append(string: locale.code == "en" ? "US" : locale.code.uppercased()) }
        writer.close(&file)
        writer.close(&file)
        writer.key("items", &file)
        file.append("[")
        writer.open(&file)
        writer.key("ean", &file)
        writer.string(&file) { plantNegative(.ean, &$0) }
        writer.key("quantity", &file)
        file.append(decimal: random.int(1...4))
        writer.close(&file)
        file.append("]")
        writer.key("clientIp", &file)
        writer.string(&file) { $0.plant(CorpusValues.ipAddress(&random), type: "ip_address") }
        writer.key("appVersion", &file)
        writer.string(&file) { plantNegative(.ipv4Version, &$0) }
        writer.close(&file)
    }
}

/// Writes the punctuation of one JSON object tree, pretty (two spaces a level, from `indent`) or compact.
private struct JSONWriter {
    let indent: String?
    private var depth = 0
    private var needsComma: [Bool] = []

    init(indent: String?) {
        self.indent = indent
    }

    mutating func open(_ file: inout CorpusFileWriter) {
        if let indent, depth == 0 { file.append(string: indent) }
        file.append("{")
        depth += 1
        needsComma.append(false)
    }

    mutating func close(_ file: inout CorpusFileWriter) {
        depth -= 1
        needsComma.removeLast()
        if let indent { file.append(string: "\n" + indent + String(repeating: "  ", count: depth)) }
        file.append("}")
    }

    mutating func key(_ name: String, _ file: inout CorpusFileWriter) {
        if needsComma[needsComma.count - 1] { file.append(",") }
        needsComma[needsComma.count - 1] = true
        if let indent { file.append(string: "\n" + indent + String(repeating: "  ", count: depth)) }
        file.append(string: "\"\(name)\":" + (indent == nil ? "" : " "))
    }

    func string(_ file: inout CorpusFileWriter, _ body: (inout CorpusFileWriter) -> Void) {
        file.append("\"")
        body(&file)
        file.append("\"")
    }
}
