import Foundation
import PIIScanTestSupport
import Testing

/// The shape corpus is deterministic, writes every data shape in every language, and holds what its labels say.
@Suite struct CorpusShapeTests {
    private static let targetBytes = 2 << 20

    private static func withShapes<T>(seed: UInt64, _ body: (GeneratedCorpus, [String: [UInt8]]) throws -> T) throws
        -> T
    {
        let directory = NSTemporaryDirectory() + "corpus-shapes-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let corpus = try CorpusGenerator(seed: seed).generateShapes(into: directory, targetBytes: targetBytes)
        var files: [String: [UInt8]] = [:]
        for file in corpus.files {
            files[file] = Array(try Data(contentsOf: URL(fileURLWithPath: directory + "/" + file)))
        }
        return try body(corpus, files)
    }

    private static func text(_ files: [String: [UInt8]], _ label: PlantedValue) -> String {
        String(decoding: files[label.path]![label.start..<label.end], as: UTF8.self)
    }

    @Test func sameSeedGivesIdenticalBytesAndLabels() throws {
        let first = try Self.withShapes(seed: 11) { corpus, files in (corpus.planted, corpus.negatives, files) }
        let second = try Self.withShapes(seed: 11) { corpus, files in (corpus.planted, corpus.negatives, files) }
        #expect(first.0 == second.0)
        #expect(first.1 == second.1)
        #expect(first.2 == second.2)
    }

    @Test func everyShapeAndLanguageIsWrittenAndSpansNeverOverlap() throws {
        try Self.withShapes(seed: 5) { corpus, files in
            #expect(files.values.reduce(0) { $0 + $1.count } == corpus.totalBytes)
            #expect(Set(corpus.files.map(CorpusShape.name(ofPath:))) == Set(CorpusGenerator.shapes))
            let languages = Set(corpus.files.compactMap { $0.split(separator: "-").last?.split(separator: ".").first })
            #expect(languages.isSuperset(of: ["en", "de", "fr", "es", "it", "pt", "nl"]))
            #expect(
                Set(corpus.planted.map(\.type)) == [
                    "person_name", "email", "phone", "street_address", "postal_code", "city", "date_of_birth", "iban",
                    "ip_address", "mac_address", "passport_number",
                ])
            #expect(
                Set(corpus.negatives.map(\.type))
                    == Set(CorpusShapeNegative.allCases.map(\.rawValue) + ["server_ip", "message_id"]))
            let sorted = (corpus.planted + corpus.negatives).sorted { ($0.path, $0.start) < ($1.path, $1.start) }
            let overlapping = zip(sorted, sorted.dropFirst()).filter { $0.path == $1.path && $0.end > $1.start }
            #expect(overlapping.isEmpty)
        }
    }

    @Test func everyPlantedSpanHoldsAValueOfItsType() throws {
        let locales = CorpusLocale.all
        let given = Set(locales.flatMap(\.givenNames))
        let surnames = Set(locales.flatMap(\.surnames))
        let streets = locales.flatMap(\.streets)
        let towns = Set(locales.flatMap { $0.towns.map { String($0.name.split(separator: ",")[0]) } })
        func isName(_ value: String) -> Bool {
            if given.contains(value) || surnames.contains(value.replacing("''", with: "'")) { return true }
            guard let space = value.firstIndex(of: " ") else { return false }
            return given.contains(String(value[..<space]))
                && surnames.contains(String(value[value.index(after: space)...]))
        }
        try Self.withShapes(seed: 7) { corpus, files in
            var invalid: [String] = []
            for label in corpus.planted {
                let value = Self.text(files, label)
                let year = value.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }.filter { $0 > 1000 }
                let valid =
                    switch label.type {
                    case "person_name": isName(value)
                    case "street_address":
                        value.contains { $0.isNumber }
                            && streets.contains { value.replacing("''", with: "'").contains($0) }
                    case "postal_code": (4...8).contains(value.count) && value.prefix(4).allSatisfy(\.isNumber)
                    case "city": towns.contains(value)
                    case "date_of_birth": year.count == 1 && (1940...2005).contains(year[0])
                    case "passport_number": (8...9).contains(value.count)
                    case "ip_address":
                        CorpusLabelCheck.isValid(type: label.type, value: value, before: "")
                            || value.split(separator: ".").count == 4
                    default: CorpusLabelCheck.isValid(type: label.type, value: value, before: "")
                    }
                if !valid { invalid.append("\(label.type) \(value)") }
            }
            #expect(invalid.isEmpty, "invalid labels: \(invalid.prefix(10))")
        }
    }

    @Test func everyNegativeSpanHoldsItsLookAlike() throws {
        try Self.withShapes(seed: 7) { corpus, files in
            var wrong: [String] = []
            for label in corpus.negatives {
                let value = Self.text(files, label)
                let digits = CorpusLabelCheck.digits(value)
                let right =
                    switch label.type {
                    case "message_id": value.hasSuffix("@mail.northwind-shop.eu") && value.count == 59
                    case "ipv4_version", "server_ip": value.split(separator: ".").compactMap { Int($0) }.count == 4
                    case "ean":
                        digits.count == 13
                            && digits.enumerated().reduce(0) { $0 + $1.element * ($1.offset % 2 == 0 ? 1 : 3) } % 10
                                == 0
                    case "isbn_column":
                        CorpusLabelCheck.isNegative(kind: "isbn", value: value) && digits.count == value.count
                    case "sequence_number": (9...11).contains(digits.count) && digits.count == value.count
                    case "luhn_order_number": (12...16).contains(digits.count) && CorpusCheckDigits.luhnValid(digits)
                    default: false
                    }
                if !right { wrong.append("\(label.type) \(value)") }
            }
            #expect(wrong.isEmpty, "wrong negatives: \(wrong.prefix(10))")
        }
    }

    @Test func exportsAndDumpsLookLikeTheirTools() throws {
        try Self.withShapes(seed: 3) { corpus, files in
            let headed = corpus.files.filter { $0.hasPrefix("csv-header/") }.map { files[$0]! }
            #expect(headed.contains { $0.starts(with: [0xEF, 0xBB, 0xBF]) })
            #expect(headed.contains { !$0.starts(with: [0xEF, 0xBB, 0xBF]) })
            for path in corpus.files where path.hasPrefix("csv-header/") && path.hasSuffix("-de.csv") {
                let header = String(decoding: files[path]!.prefix { $0 != 10 }, as: UTF8.self)
                #expect(header.contains("Vorname;Nachname;E-Mail"), "\(header)")
            }
            for path in corpus.files where path.hasPrefix("pg-dump/") {
                let dump = String(decoding: files[path]!, as: UTF8.self)
                #expect(dump.contains(") FROM stdin;\n1\t"))
                #expect(dump.contains("\n\\.\n"))
                #expect(dump.contains("INSERT INTO public.orders (id, order_number"))
            }
            for path in corpus.files where path.hasPrefix("mail/") {
                let mailbox = String(decoding: files[path]!, as: UTF8.self)
                #expect(mailbox.hasPrefix("From ") && mailbox.contains("\nFrom: ") && mailbox.contains("\nTo: "))
            }
        }
    }

    @Test func tablesPerShapeAddUpToTheWholeTable() {
        let planted = [
            PlantedValue(path: "mail/a.mbox", start: 0, end: 5, type: "email"),
            PlantedValue(path: "pg-dump/b.sql", start: 0, end: 5, type: "email"),
            PlantedValue(path: "pg-dump/b.sql", start: 9, end: 12, type: "person_name"),
        ]
        let reported = [
            ReportedSpan(path: "mail/a.mbox", start: 1, end: 4, type: "email"),
            ReportedSpan(path: "pg-dump/b.sql", start: 20, end: 24, type: "ip_address"),
        ]
        let shapes = EvaluationTable.byShape(planted: planted, negatives: [], reported: reported)
        #expect(shapes.map(\.shape) == ["mail", "pg-dump"])
        #expect(shapes[0].table.overall.truePositives == 1 && shapes[0].table.overall.planted == 1)
        #expect(shapes[1].table.overall.planted == 2 && shapes[1].table.overall.falsePositives == 1)
        let withQuasi = EvaluationTable(
            planted: planted + [PlantedValue(path: "mail/a.mbox", start: 30, end: 35, type: "city")], reported: reported
        )
        #expect(withQuasi.overall.planted == 3 && withQuasi.row("city")?.falseNegatives == 1)
        let rendered = EvaluationTable.renderedByShape(shapes)
        #expect(rendered.contains("[pg-dump]") && rendered.contains("overall (micro)"))
    }
}
