import Testing

@testable import PIIScanKit

/// `max_run` and `standalone` dismiss clusters before any regex runs, and never one the regex would match.
@Suite("Cluster trigger conditions")
struct ClusterTriggerTests {
    static let catalog = try! CatalogLoader.loadBundled()
    static let prefilter = Prefilter(detectors: catalog.detectors)
    let engine = Engine(catalog: catalog, fingerprinter: Fingerprinter(key: .random()), reveal: false)

    /// The ids of the detectors the prefilter hits in `text`.
    private func triggered(_ text: String) -> Set<String> {
        let scratch = DetectionScratch(detectorCount: Self.catalog.detectors.count)
        return Array(text.utf8).withUnsafeBufferPointer { buffer in
            Self.prefilter.scan(buffer, scratch: scratch)
            let hits = scratch.hits
            return Set((0..<hits.count).map { Self.catalog.detectors[hits.base[3 * $0]].id })
        }
    }

    @Test func aUUIDTriggersNoMACAddressAndNoStandaloneNumber() {
        let hits = triggered("id ab628356-5864-4213-9876-4466554400ff, ref 1d6e2a40-2257-4418-8a3d-9f3c2e4b5a61")
        #expect(!hits.contains("mac_address"))
        for id in ["us_ssn", "ca_sin", "uk_nhs_number", "phone_de", "phone_nanp", "credit_card"] {
            #expect(!hits.contains(id), "\(id)")
        }
    }

    @Test func theSameNumbersTriggerWhenTheyStandAlone() {
        let hits = triggered("mac 3c:22:fb:12:9a:7e ssn 123-45-6789 tel 030 12345678 (415) 867-5309")
        for id in ["mac_address", "us_ssn", "phone_de", "phone_nanp"] { #expect(hits.contains(id), "\(id)") }
    }

    @Test(arguments: [
        "ab1) 555-123-4567", "x(415) 867-5309", "ID:4556 7375 8689 9855", "b12-34 5678-9012 x",
        "tel.030 12345678", "Nr030/1234567", "ab12 / 030 1234567", "a1 415 867 5309", "ab12345678Z",
        "uuid 550e8400-e29b-41d4-a716-446655440000", "x123-45-6789 and y 123-45-6789", "ref9876 543 210",
        "AA:BB:CC:DD:EE:FF:0123", "fe80::1ff:fe23:4567:890a", "b3c-22-fb-12-9a-7e",
    ])
    func prefilteredResultsEqualAFullPass(_ text: String) {
        let bytes = Array(text.utf8)
        let scratch = DetectionScratch(detectorCount: Self.catalog.detectors.count)
        let (fast, naive) = bytes.withUnsafeBufferPointer { buffer in
            (
                engine.detect(buffer, reportFrom: 0, reportUntil: buffer.count, scratch: scratch),
                engine.detectWithoutPrefilter(buffer, reportFrom: 0, reportUntil: buffer.count, scratch: scratch)
            )
        }
        #expect(fast == naive)
    }

    @Test func theGroupIndexAgreesWithEachGroupsConditions() {
        var random = SystemRandomNumberGenerator()
        for planIndex in 0..<Self.prefilter.planCount {
            let plan = Self.prefilter.plans[planIndex]
            let groupCount = plan.groupCount
            for _ in 0..<2_000 {
                let classBytes = Int.random(in: 1...40, using: &random)
                let runCount = Int.random(in: 1...10, using: &random)
                let longestRun = Int.random(in: 1...classBytes, using: &random)
                let separators = UInt64.random(in: 0...255, using: &random) & UInt64.random(in: 0...255, using: &random)
                var expected: UInt64 = 0
                for index in 0..<groupCount {
                    let group = plan.groups[index]
                    let singleRun =
                        longestRun >= group.smallestMinimum && group.smallestMinimum <= group.maximumRun
                        && (group.minimumRuns <= 1 || group.compressed)
                    if classBytes >= group.smallestMinimum && (group.compressed || runCount >= group.minimumRuns)
                        && (group.separatorMask & separators != 0 || singleRun)
                    {
                        expected |= 1 << UInt64(index)
                    }
                }
                let found = plan.index.groups(
                    classBytes: classBytes, runCount: runCount, longestRun: longestRun, separators: separators)
                #expect(found == expected, "\(classBytes) \(runCount) \(longestRun) \(separators)")
            }
        }
    }
}
