import PIIScanTestSupport
import Testing

@testable import PIIScanKit

@Suite("Engine")
struct EngineTests {
    static let catalog = try! CatalogLoader.loadBundled()
    let engine = Engine(catalog: catalog, fingerprinter: Fingerprinter(key: .random()), reveal: false)

    private func detect(_ text: String, prefilter: Bool = true) -> [(type: String, value: String, confidence: Double)] {
        let bytes = Array(text.utf8)
        let scratch = DetectionScratch(detectorCount: Self.catalog.detectors.count)
        return bytes.withUnsafeBufferPointer { buffer in
            let candidates =
                prefilter
                ? engine.detect(buffer, reportFrom: 0, reportUntil: buffer.count, scratch: scratch)
                : engine.detectWithoutPrefilter(buffer, reportFrom: 0, reportUntil: buffer.count, scratch: scratch)
            return candidates.map {
                (
                    Self.catalog.detectors[$0.detector].type, String(decoding: bytes[$0.start..<$0.end], as: UTF8.self),
                    $0.confidence
                )
            }
        }
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
}
