import Foundation
import PIIScanKit
import PIIScanTestSupport
import Testing

/// Every adversarial input (Benchmarks: `piiscan-bench adversarial`) scans within a time budget: one 1 MiB line
/// each, which took 3.4 s for `a@a@…` before trigger windows bounded the regex subject (now a few milliseconds
/// in a release build). The budget is loose for debug builds and a shared machine; a regression to the old
/// cost per hit still breaks it.
@Suite("Adversarial inputs")
struct AdversarialInputTests {
    static let catalog = try! CatalogLoader.loadBundled()

    @Test(arguments: AdversarialInputs.all.map(\.name))
    func scansWithinItsBudget(name: String) throws {
        let unit = try #require(AdversarialInputs.all.first { $0.name == name }?.unit)
        let tree = try TempTree([:])
        try AdversarialInputs.write(unit: unit, lineBytes: 1 << 20, totalBytes: 1 << 20, to: tree.path("input.txt"))
        var options = ScanOptions()
        options.jobs = 1
        let plan = try ScanPlan(
            targets: [tree.root], catalog: Self.catalog, options: options,
            fingerprintKey: FingerprintKey(bytes: Array(repeating: 7, count: 32)))
        let clock = ContinuousClock()
        let started = clock.now
        let summary = try Scanner().run(plan) { _ in }
        let seconds = (clock.now - started) / .seconds(1)
        #expect(summary.filesScanned == 1)
        #expect(summary.skipped.isEmpty, "\(summary.skipped)")
        #expect(seconds < 2.5, "\(name): \(seconds) s for 1 MiB")
    }
}
