/// The data shapes of the shape corpus (`CorpusGenerator.generateShapes`): what real exports, dumps, API payloads,
/// letters and system logs look like. A file's shape is the first component of its path, so that an evaluation
/// can be split per shape (`EvaluationTable.byShape`).
package enum CorpusShape: String, CaseIterable, Sendable {
    /// Customer exports with a header in the file's language; `;`-separated outside English, some with a BOM.
    case csvWithHeader = "csv-header"
    /// Customer exports without a header row.
    case csvHeaderless = "csv-headerless"
    /// `pg_dump` output: a `COPY … FROM stdin;` block ending in `\.`, then `INSERT INTO … VALUES (…);` lines.
    case pgDump = "pg-dump"
    /// A pretty-printed API response: a page of records with camelCase keys and nested `customer` objects.
    case apiJSON = "api-json"
    /// The same records, one compact JSON object per line.
    case apiNDJSON = "api-ndjson"
    /// Mailboxes (mbox) of e-mail messages: `From: Name <address>` headers, a greeting, a signature.
    case mail
    /// Support notes written by agents about customers.
    case supportNotes = "support-notes"
    /// ISC dhcpd lines mapping private addresses to MAC addresses.
    case dhcpLog = "dhcp-log"
    /// sshd and PAM lines of an auth log.
    case authLog = "auth-log"
    /// nginx access lines in the combined format.
    case nginxLog = "nginx-log"

    /// The path of the `index`-th file, in `locale`'s language where the shape has one.
    func path(index: Int, locale: CorpusLocale) -> String {
        let number = CorpusValues.padded(index, 4)
        let stem = Self.customerFileStem[locale.code] ?? "customers"
        switch self {
        case .csvWithHeader, .csvHeaderless: return "\(rawValue)/\(stem)-\(number)-\(locale.code).csv"
        case .pgDump: return "\(rawValue)/shop-\(number)-\(locale.code).sql"
        case .apiJSON: return "\(rawValue)/orders-\(number)-\(locale.code).json"
        case .apiNDJSON: return "\(rawValue)/orders-\(number)-\(locale.code).ndjson"
        case .mail: return "\(rawValue)/mailbox-\(number)-\(locale.code).mbox"
        case .supportNotes: return "\(rawValue)/notes-\(number)-\(locale.code).txt"
        case .dhcpLog: return "\(rawValue)/dhcpd-\(number).log"
        case .authLog: return "\(rawValue)/auth-\(number).log"
        case .nginxLog: return "\(rawValue)/access-\(number).log"
        }
    }

    private static let customerFileStem = [
        "en": "customers", "de": "kunden", "fr": "clients", "es": "clientes", "it": "clienti", "pt": "clientes",
        "nl": "klanten",
    ]

    /// The shape of a corpus path: its first component.
    package static func name(ofPath path: String) -> String {
        String(path.prefix { $0 != "/" })
    }
}

/// Hard negatives of the shape corpus: identifiers of things that pass a PII check by chance or by design.
package enum CorpusShapeNegative: String, CaseIterable, Sendable {
    /// A four-part version string such as `4.2.17.181`, shaped like an IPv4 address.
    case ipv4Version = "ipv4_version"
    /// An EAN-13 barcode with a valid check digit, in an `ean` column.
    case ean
    /// An ISBN-13 without hyphens, in an `isbn` column.
    case isbn = "isbn_column"
    /// A nine- to eleven-digit running number in a sequence column.
    case sequenceNumber = "sequence_number"
    /// An order number of 12 to 16 digits whose last digit is a Luhn check digit.
    case luhnOrderNumber = "luhn_order_number"

    /// A fresh value of this kind.
    func value(_ random: inout CorpusRandom) -> String {
        switch self {
        case .ipv4Version:
            return "\(random.int(1...12)).\(random.int(0...9)).\(random.int(0...99)).\(random.int(1...255))"
        case .ean:
            let payload = [4, 0, random.int(0...9)] + (0..<9).map { _ in random.digit() }
            var sum = 0
            for (index, digit) in payload.enumerated() { sum += digit * (index % 2 == 0 ? 1 : 3) }
            return (payload + [(10 - sum % 10) % 10]).map(String.init).joined()
        case .isbn:
            return String(CorpusValues.isbn(&random).filter { $0 != "-" })
        case .sequenceNumber:
            return String(random.int(100_000_000...99_999_999_999))
        case .luhnOrderNumber:
            let payload = [random.int(1...9)] + (0..<random.int(10...14)).map { _ in random.digit() }
            return (payload + [CorpusCheckDigits.luhnCheckDigit(payload)]).map(String.init).joined()
        }
    }
}
