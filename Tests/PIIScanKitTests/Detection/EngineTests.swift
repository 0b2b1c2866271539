import PIIScanTestSupport
import Testing

@testable import PIIScanKit

@Suite("Engine")
struct EngineTests {
    static let catalog = try! CatalogLoader.loadBundled()
    let engine = Engine(catalog: catalog, fingerprinter: Fingerprinter(key: .random()), reveal: false)

    private func detect(_ text: String, prefilter: Bool = true) -> [(type: String, value: String, confidence: Double)] {
        engine.detected(text, prefilter: prefilter)
    }

    @Test func findsTypedValidatedValues() {
        let found = detect("Card 4556 7375 8689 9855 and mail ann.lee@northwind-bikes.co.uk please")
        #expect(found.contains { $0.type == "credit_card" && $0.value == "4556 7375 8689 9855" })
        #expect(found.contains { $0.type == "email" && $0.value == "ann.lee@northwind-bikes.co.uk" })
    }

    @Test func checksumFailuresAreNotReported() {
        let found = detect("Card 4556 7375 8689 9856 was declined")
        #expect(!found.contains { $0.type == "credit_card" })
    }

    @Test func placeholdersStayBelowTheDefaultThreshold() {
        for text in ["pay with 4111 1111 1111 1111", "mail test@example.com", "ssn 078-05-1120", "host 192.0.2.17"] {
            #expect(detect(text).allSatisfy { $0.confidence < 0.5 }, "\(text)")
        }
    }

    @Test func noOverlappingCandidates() {
        let found = detect("IBAN GB82 WEST 1234 5698 7654 32, tel +44 20 7946 0958, NHS 943 476 5919")
        let text = Array("IBAN GB82 WEST 1234 5698 7654 32, tel +44 20 7946 0958, NHS 943 476 5919".utf8)
        let scratch = DetectionScratch(detectorCount: Self.catalog.detectors.count)
        let candidates = text.withUnsafeBufferPointer {
            engine.detect($0, reportFrom: 0, reportUntil: $0.count, scratch: scratch)
        }
        for (first, second) in zip(candidates, candidates.dropFirst()) { #expect(first.end <= second.start) }
        #expect(found.contains { $0.type == "iban" })
    }

    @Test func reportRangeLimitsWhereMatchesStart() {
        let bytes = Array("a@b.cz ann.lee@northwind-bikes.co.uk".utf8)
        let scratch = DetectionScratch(detectorCount: Self.catalog.detectors.count)
        let starts = bytes.withUnsafeBufferPointer {
            engine.detect($0, reportFrom: 0, reportUntil: 7, scratch: scratch).map(\.start)
        }
        #expect(!starts.contains(7))
    }

    @Test func describeMasksAndFingerprintsWithoutTheRawValue() {
        let bytes = Array("ann.lee@northwind-bikes.co.uk".utf8)
        let scratch = DetectionScratch(detectorCount: Self.catalog.detectors.count)
        let described = bytes.withUnsafeBufferPointer { buffer in
            engine.detect(buffer, reportFrom: 0, reportUntil: buffer.count, scratch: scratch).first.map {
                engine.describe($0, in: buffer)
            }
        }
        #expect(described?.evidence.contains("ann.lee") == false)
        #expect(described?.fingerprint.count == 64)
        #expect(described?.revealed == nil)
    }

    @Test func prefilterEqualsNaivePassOnGeneratedCorpus() throws {
        let directory = try TempTree([:])
        let corpus = try CorpusGenerator(seed: 42).generate(into: directory.root, targetBytes: 400_000)
        var compared = 0
        for file in corpus.files {
            let bytes = try TempTree.read(directory.root + "/" + file)
            let scratch = DetectionScratch(detectorCount: Self.catalog.detectors.count)
            let (fast, naive) = bytes.withUnsafeBufferPointer { buffer in
                (
                    engine.detect(buffer, reportFrom: 0, reportUntil: buffer.count, scratch: scratch),
                    engine.detectWithoutPrefilter(buffer, reportFrom: 0, reportUntil: buffer.count, scratch: scratch)
                )
            }
            #expect(fast == naive, "\(file): prefilter \(fast.count) vs naive \(naive.count)")
            // No bundled detector comes near a PCRE2 resource limit on real data, even over whole files.
            #expect(scratch.failedWindowTotal == 0, "\(file): \(scratch.failedWindowCounts())")
            compared += naive.count
        }
        #expect(compared > 100)
    }

    @Test func wordsInOtherCellsOfARecordDoNotCancelAValue() {
        let csv = detect("63939948,2023-08-20 01:10:29,SKU-65609,46,1115.37,3129 Sunset Boulevard,61e8de95,GBP,1")
        #expect(
            csv.contains { $0.type == "street_address" && $0.value == "3129 Sunset Boulevard" && $0.confidence >= 0.5 })
        let json = detect(#"{"region":"us-east-2","version":"7.30.187","note":"65.167.122.153"}"#)
        #expect(json.contains { $0.type == "ip_address" && $0.value == "65.167.122.153" && $0.confidence >= 0.5 })
        let row = detect("84794382,SKU-87493,26,942-613-2610,924128.77")
        #expect(row.contains { $0.type == "phone" && $0.value == "942-613-2610" && $0.confidence >= 0.5 })
    }

    @Test func addressesAreOneSpanFromStreetToCityInEveryLocaleFormat() {
        let lines = [
            ("Please ship to 221B Baker Street, London NW1 6XE by Friday.", "221B Baker Street, London NW1 6XE"),
            (
                "Billing: 350 Fifth Avenue, Suite 3400, New York, NY 10118",
                "350 Fifth Avenue, Suite 3400, New York, NY 10118"
            ),
            ("Lieferadresse: Musterstraße 12, 10115 Berlin", "Musterstraße 12, 10115 Berlin"),
            ("Firmensitz: Unter den Linden 77, 10117 Berlin", "Unter den Linden 77, 10117 Berlin"),
            ("Adresse : 12 rue de la Paix, 75002 Paris", "12 rue de la Paix, 75002 Paris"),
            ("Morada: Rua Augusta 100, 1100-053 Lisboa", "Rua Augusta 100, 1100-053 Lisboa"),
            ("Adres: Kalverstraat 92, 1012 PH Amsterdam", "Kalverstraat 92, 1012 PH Amsterdam"),
        ]
        for (line, address) in lines {
            let found = detect(line).filter { $0.type == "street_address" && $0.confidence >= 0.5 }.map(\.value)
            #expect(found == [address], "\(line)")
        }
        for line in [
            "Room 12, Building 5, Floor 3", "Schritt 3: Drücken Sie OK.", "Build 12 Main Street release notes",
        ] {
            #expect(!detect(line).contains { $0.type == "street_address" && $0.confidence >= 0.5 }, "\(line)")
        }
    }

    @Test func passportNumbersInEachCountrysShapeNextToTheirLabel() {
        let lines = [
            ("Reisepassnummer: C01X00T47", "C01X00T47"), ("Numéro de passeport : 18AV12345", "18AV12345"),
            ("Pasaporte: PAB123456", "PAB123456"), ("Passport number:\nK12345678", "K12345678"),
            ("ID 533380006 (passport)", "533380006"),
            (
                "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10",
                "L898902C36"
            ),
        ]
        for (line, number) in lines {
            let found = detect(line).filter { $0.type == "passport_number" && $0.confidence >= 0.5 }.map(\.value)
            #expect(found == [number], "\(line)")
        }
        for line in ["passport photo 35x45 mm", "Passport renewal order 533380006", "Reisepass-Nr. C01X00T471"] {
            #expect(!detect(line).contains { $0.type == "passport_number" && $0.confidence >= 0.5 }, "\(line)")
        }
    }
}
