import Testing

@testable import PIIScanKit

/// Names in prose: mail headers, greetings, signatures, ticket notes and log lines in the supported languages,
/// found by the `person_name` detectors and judged by the name lexicon; and the capitalised words that are not
/// names (headings, cities, weekdays, product names, sentence starts).
@Suite("Person names in prose")
struct PersonNameProseTests {
    static let catalog = try! CatalogLoader.loadBundled()
    let engine = Engine(catalog: catalog, fingerprinter: Fingerprinter(key: .random()), reveal: false)

    /// The person names reported at the default threshold, as text.
    private func names(_ text: String, prefilter: Bool = true) -> [String] {
        engine.detected(text, prefilter: prefilter).filter { $0.type == "person_name" && $0.confidence >= 0.5 }
            .map(\.value)
    }

    static let found: [(line: String, names: [String])] = [
        ("From: Rebecca Thornbury <rebecca.thornbury@northwind.example>", ["Rebecca Thornbury"]),
        ("To: \"Priya Natarajan\" <priya.natarajan@contoso.example>", ["Priya Natarajan"]),
        ("Von: Jürgen Weiß <j.weiss@firma.example>", ["Jürgen Weiß"]),
        ("Cc: Wojtek Zbrzyszewski <wojtek.zbrzyszewski@firma.example>", ["Wojtek Zbrzyszewski"]),
        ("reply to jroe@example.org (Jane Roe) before Friday", ["Jane Roe"]),
        ("Dear Mr O'Brien, thank you for your letter.", ["O'Brien"]),
        ("Sehr geehrte Frau Maria-Theresia van der Berg,", ["Maria-Theresia van der Berg"]),
        ("Estimado Sr. Juan de la Cruz:", ["Juan de la Cruz"]),
        (
            "Bonjour M. Lefèvre, suite à notre appel, j'ai contacté Mme Camille Rousseau.",
            ["Lefèvre", "Camille Rousseau"]
        ),
        ("Gentile Sig.ra Bianchi, ho parlato con Marco Esposito.", ["Bianchi", "Marco Esposito"]),
        ("Prezado Sr. Almeida, falei com Ana Beatriz Costa ontem.", ["Almeida", "Ana Beatriz Costa"]),
        ("Het ticket is toegewezen aan Daan van den Broek.", ["Daan van den Broek"]),
        ("Herr Oberhuber hat angerufen; Rücksprache mit Sabine Krämer gehalten.", ["Oberhuber", "Sabine Krämer"]),
        (
            "#4411 Printer offline. Assigned to Priya Natarajan. Customer: Gregory Hallworth.",
            [
                "Priya Natarajan", "Gregory Hallworth",
            ]
        ),
        ("#4414 Patient: Roberto Ferrari, Ward 3. Dr. Kowalczyk to review.", ["Roberto Ferrari", "Kowalczyk"]),
        ("Cliente: María José Herrera, reclamación por retraso.", ["María José Herrera"]),
        ("Signed by Martin Luther King, Jr. (archive scan)", ["Martin Luther King, Jr."]),
        ("Dear John Smith Team,", ["John Smith"]),
        ("2024-06-03T10:02:17Z INFO {\"event\":\"signup\",\"customer_name\":\"Olivia Brennan\"}", ["Olivia Brennan"]),
        ("Marie Curie was born in Warsaw.", ["Marie Curie"]),
        ("Klaus Becker wurde am 3. Mai 1961 in Köln geboren.", ["Klaus Becker"]),
        ("On Tue, 4 Jun 2024 at 10:02, Thomas Wagner wrote:", ["Thomas Wagner"]),
        ("Best regards,\nRebecca Thornbury\nCustomer Success", ["Rebecca Thornbury"]),
        ("Mit freundlichen Grüßen\nKlaus-Dieter Hoffmann\nVertrieb Süd", ["Klaus-Dieter Hoffmann"]),
        ("Cordialement,\n--\nIsabelle Moreau", ["Isabelle Moreau"]),
        ("Met vriendelijke groet,\r\nPieter Bakker\r\n", ["Pieter Bakker"]),
        ("Hola Carmen,\n\nHemos trasladado la incidencia.", ["Carmen"]),
        ("Hallo Jürgen!", ["Jürgen"]),
        ("Dear Priya:\nplease find the report attached.", ["Priya"]),
    ]

    @Test("finds the name, exactly", arguments: found)
    func findsNames(line: String, expected: [String]) {
        #expect(names(line) == expected)
    }

    static let notNames = [
        "Release Notes", "New York Office opens on Monday at 9.", "Dear Customer,",
        "Dear Valued Customer, your order has shipped.", "Hi Team, the nightly build is green again.", "Hi Mark,",
        "Contact Support for details.", "Call Center hours: Monday to Friday.", "Thanks,\nCustomer Success",
        "Best regards,\nThe Acme Team", "Contact Grant Thornton LLP about the audit.",
        "From: Support Team <support@example.com>", "To: Release Notes <notes@example.com>",
        "noreply@example.com (Automated Message)", "Apple Watch and Microsoft Teams are supported.",
        "Paris, Berlin and Madrid offices closed on Friday.", "Customer: ACME GmbH", "Name: Widget Pro Max",
        "Kunde: Deutsche Bahn AG", "Sehr geehrte Damen und Herren,", "Bonjour à tous,", "Hello World",
        "Hallo Zusammen,", "Hola Carmen y bienvenidos",
        "Thanks\nJohn Smith joined the channel", "Version 2 wurde am 3. Mai veröffentlicht.",
        "2024-06-03T10:02:11Z INFO auth login ok user=jdoe ip=10.0.4.17",
        "{\"event\":\"rename\",\"name\":\"Widget Pro\",\"owner\":\"team-alpha\"}", "contact: Costa Rica office",
    ]

    @Test("reports no name", arguments: notNames)
    func findsNoName(line: String) {
        #expect(names(line).isEmpty)
    }

    @Test func prefilterEqualsTheFullRegexPass() {
        for line in Self.found.map(\.line) + Self.notNames {
            #expect(names(line) == names(line, prefilter: false), "\(line)")
        }
    }

    @Test func validatorNarrowsToTheName() {
        let validator = PersonNameValidator()
        func judge(_ text: String, from start: Int) -> String? {
            let bytes = Array(text.utf8)
            return bytes.withUnsafeBufferPointer { buffer in
                validator.validSpan(start..<buffer.count, in: buffer).map {
                    String(decoding: bytes[$0], as: UTF8.self)
                }
            }
        }
        #expect(judge("Hi Priya Natarajan Tuesday", from: 3) == "Priya Natarajan")
        #expect(judge("Frau Oberhuber", from: 5) == "Oberhuber")
        #expect(judge("Hi Oberhuber", from: 3) == nil)  // a surname alone needs a title
        #expect(judge("Hi Mark Unknownfield", from: 3) == nil)  // a common word and an unknown word support nothing
        #expect(judge("Hi Mark Grant", from: 3) == "Mark Grant")  // given name then surname
        #expect(validator.validate(Array("Priya Natarajan".utf8)) == .valid)
        #expect(validator.validate(Array("Support Team".utf8)) == .invalid)
    }
}
