import Foundation
import PIIScanKit
import PIIScanTestSupport
import Testing

/// Every adversarial input (Benchmarks: `piiscan-bench adversarial`) scans a 256 KiB line within a time budget
/// that a debug build on a busy 2-core machine meets with a wide margin (the slowest, `dotted-ones`, takes about
/// 0.5 s): a hang or a catastrophic slowdown fails it. The 10 MB/s floor itself is measured by the benchmark on
/// the release binary.
@Suite("Adversarial inputs", .serialized)
struct AdversarialInputTests {
    static let catalog = try! CatalogLoader.loadBundled()

    @Test(arguments: AdversarialInputs.all.map(\.name))
    func scansWithinItsBudget(name: String) throws {
        let unit = try #require(AdversarialInputs.all.first { $0.name == name }?.unit)
        let tree = try TempTree([:])
        try AdversarialInputs.write(unit: unit, lineBytes: 256 << 10, totalBytes: 256 << 10, to: tree.path("input.txt"))
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
        #expect(seconds < 2, "\(name): \(seconds) s for 256 KiB")
    }
}
