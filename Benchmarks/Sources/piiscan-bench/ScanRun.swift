import Foundation
import PIIScanKit
import PIIScanTestSupport

/// Scans a directory in-process with the full default catalog and times it.
struct ScanRun {
    let catalog: Catalog
    let key: FingerprintKey

    init() throws {
        catalog = try CatalogLoader.loadBundled()
        key = try FingerprintKey.load(fromHex: String(repeating: "07", count: 32))
    }

    /// One scan with `jobs` workers: wall seconds and every finding (kept only when `collect` is set).
    func scan(_ directory: String, jobs: Int, collect: Bool = false) throws -> (seconds: Double, findings: [Finding]) {
        var options = ScanOptions()
        options.jobs = jobs
        let plan = try ScanPlan(targets: [directory], catalog: catalog, options: options, fingerprintKey: key)
        var findings: [Finding] = []
        let clock = ContinuousClock()
        let start = clock.now
        _ = try Scanner().run(plan) { batch in
            if collect { findings += batch }
        }
        return ((clock.now - start) / .seconds(1), findings)
    }

    /// Median wall seconds of `runs` scans.
    func medianSeconds(_ directory: String, jobs: Int, runs: Int) throws -> Double {
        Report.median(try (0..<runs).map { _ in try scan(directory, jobs: jobs).seconds })
    }
}
