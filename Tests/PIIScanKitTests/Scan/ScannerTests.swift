import Foundation
import PIIScanTestSupport
import Testing

@testable import PIIScanKit

@Suite("Scanner")
struct ScannerTests {
    static let catalog = try! CatalogLoader.loadBundled()
    static let key = try! FingerprintKey.load(fromHex: String(repeating: "ab", count: 32))

    private func scan(_ targets: [String], jobs: Int = 2, configure: (inout ScanOptions) -> Void = { _ in })
        throws -> (findings: [Finding], summary: ScanSummary)
    {
        var options = ScanOptions()
        options.jobs = jobs
        configure(&options)
        let plan = try ScanPlan(targets: targets, catalog: Self.catalog, options: options, fingerprintKey: Self.key)
        var findings: [Finding] = []
        let summary = try Scanner().run(plan) { findings += $0 }
        return (findings, summary)
    }

    static let files: [String: String] = [
        "a/contacts.txt": "Reach Ann Lee at ann.lee@northwind-bikes.co.uk or +44 20 7946 0958.\n",
        "a/b/cards.csv": "name,card\nAnn,4556 7375 8689 9855\nBob,4556737586899856\n",
        "c/clean.txt": "nothing to see here, version 1.2.3.4, order 2024-0001\n",
        "c/data.bin": "\u{0}\u{1}binary ann.lee@northwind-bikes.co.uk",
    ]

    @Test func findsLocatesAndMasks() throws {
        let tree = try TempTree(Self.files)
        let (findings, summary) = try scan([tree.root])
        let email = try #require(findings.first { $0.type == "email" })
        let location = try #require(email.fileLocation)
        #expect(location.path == "a/contacts.txt")
        #expect(location.line == 1)
        #expect(location.column == 18)
        #expect(location.start == 17)
        #expect(location.end == 17 + "ann.lee@northwind-bikes.co.uk".utf8.count)
        #expect(!email.evidence.contains("ann.lee"))
        #expect(email.revealedValue == nil)
        let card = try #require(findings.first { $0.type == "credit_card" })
        #expect(card.fileLocation?.line == 2)
        #expect(card.fileLocation?.field == "card")
        #expect(findings.filter { $0.type == "credit_card" }.count == 1)
        #expect(summary.filesScanned == 3)
        #expect(summary.skippedByReason[.binary] == 1)
        #expect(summary.findingCount == findings.count)
    }

    @Test func outputIsIdenticalForAnyNumberOfJobs() throws {
        let tree = try TempTree(Self.files)
        let directory = try TempTree([:])
        _ = try CorpusGenerator(seed: 7).generate(into: directory.root, targetBytes: 300_000)
        let one = try scan([tree.root, directory.root], jobs: 1).findings
        let two = try scan([tree.root, directory.root], jobs: 2).findings
        let four = try scan([tree.root, directory.root], jobs: 4).findings
        #expect(one.count > 50)
        #expect(one == two)
        #expect(one == four)
    }

    @Test("a file's findings come in parts, in order, whatever the number of jobs")
    func findingsStreamInParts() throws {
        let count = 3 * ScanWorker.partSize + 17
        let dense = (0..<count).map { "p\($0)@quill.net\n" }.joined()
        let tree = try TempTree(["a.txt": .text("first@quill.net\n"), "b.txt": .text(dense), "c.txt": "x@quill.net\n"])
        var options = ScanOptions()
        options.jobs = 2
        let plan = try ScanPlan(targets: [tree.root], catalog: Self.catalog, options: options, fingerprintKey: Self.key)
        var batches: [[Finding]] = []
        let summary = try Scanner().run(plan) { batches.append($0) }
        #expect(batches.allSatisfy { $0.count <= ScanWorker.partSize })
        let paths = batches.joined().map { $0.fileLocation!.path }
        #expect(paths == ["a.txt"] + Array(repeating: "b.txt", count: count) + ["c.txt"])
        let starts = batches.joined().filter { $0.fileLocation!.path == "b.txt" }.map { $0.fileLocation!.start }
        #expect(starts == starts.sorted())
        #expect(summary.findingCount == count + 2)
        #expect(summary.filesScanned == 3)
    }

    @Test func revealAddsTheRawValueOnlyWhenAsked() throws {
        let tree = try TempTree(Self.files)
        let revealed = try scan([tree.root]) { $0.reveal = true }.findings
        #expect(revealed.contains { $0.revealedValue == "ann.lee@northwind-bikes.co.uk" })
    }

    @Test func valuesUnderNamesOfThingIdentifiersAreNotReported() throws {
        let tree = try TempTree([
            "products.csv": "sku,ean,contact\nAX,4556737586899855,ann.lee@northwind-bikes.co.uk\n",
            "release.json": #"{"app_version": "81.2.69.112", "client_ip": "81.2.69.160"}"# + "\n",
        ])
        let findings = try scan([tree.root]).findings
        #expect(findings.map(\.type).sorted() == ["email", "ip_address"])
        #expect(findings.first { $0.type == "ip_address" }?.fileLocation?.field == "$.client_ip")
        let all = try scan([tree.root]) { $0.minConfidence = 0.3 }.findings
        #expect(all.contains { $0.type == "credit_card" && $0.confidence <= 0.3 })
    }

    @Test func minConfidenceFilters() throws {
        let tree = try TempTree(Self.files)
        let all = try scan([tree.root]) { $0.minConfidence = 0 }.findings
        let none = try scan([tree.root]) { $0.minConfidence = 1.0 }.findings
        #expect(all.count >= none.count)
        #expect(none.allSatisfy { $0.confidence >= 1.0 })
    }

    @Test func missingRootIsReportedAndOtherTargetsStillScan() throws {
        let tree = try TempTree(Self.files)
        let (findings, summary) = try scan([tree.root + "/does-not-exist", tree.root])
        #expect(summary.unreadableTargets.count == 1)
        #expect(!findings.isEmpty)
    }

    @Test func unsupportedDatabaseTargetsAreAClearUsageErrorWithoutThePassword() {
        let error = #expect(throws: ScanError.self) {
            _ = try ScanPlan(
                targets: ["mysql://u:secret@h/db"], catalog: Self.catalog, options: ScanOptions(),
                fingerprintKey: Self.key)
        }
        #expect(error?.description.contains("secret") == false)
    }

    @Test func cancellationReturnsAPartialSummary() throws {
        let directory = try TempTree([:])
        _ = try CorpusGenerator(seed: 9).generate(into: directory.root, targetBytes: 2_000_000)
        var options = ScanOptions()
        options.jobs = 2
        let plan = try ScanPlan(
            targets: [directory.root], catalog: Self.catalog, options: options, fingerprintKey: Self.key)
        let scanner = Scanner()
        scanner.cancel()
        let summary = try scanner.run(plan) { _ in }
        #expect(summary.cancelled)
        #expect(summary.filesScanned == 0)
    }
}
