import Benchmark
import Foundation
import PIIScanKit
import PIIScanTestSupport

/// ordo-one benchmarks: scanning a 64 MiB generated corpus with one job and with every core, and generating it.
let benchmarks: @Sendable () -> Void = {
    let directory = FileManager.default.temporaryDirectory.path + "/piiscan-throughput-benchmark"
    let corpusBytes = 64 << 20
    try? FileManager.default.removeItem(atPath: directory)
    let corpus = try! CorpusGenerator(seed: 20_240_115).generate(into: directory, targetBytes: corpusBytes)
    let catalog = try! CatalogLoader.loadBundled()
    let key = try! FingerprintKey.load(fromHex: String(repeating: "07", count: 32))
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .throughput, .peakMemoryResident, .mallocCountTotal],
        scalingFactor: .one, maxDuration: .seconds(30), maxIterations: 5
    )
    for jobs in [1, ProcessInfo.processInfo.activeProcessorCount] {
        Benchmark("scan \(corpus.totalBytes >> 20) MiB, \(jobs) jobs", configuration: configuration) { benchmark in
            var options = ScanOptions()
            options.jobs = jobs
            let plan = try ScanPlan(targets: [directory], catalog: catalog, options: options, fingerprintKey: key)
            for _ in benchmark.scaledIterations {
                blackHole(try Scanner().run(plan) { blackHole($0) })
            }
        }
    }
    Benchmark("generate 16 MiB corpus", configuration: configuration) { benchmark in
        let target = FileManager.default.temporaryDirectory.path + "/piiscan-generate-benchmark"
        for _ in benchmark.scaledIterations {
            blackHole(try CorpusGenerator(seed: 1).generate(into: target, targetBytes: 16 << 20))
        }
    }
}
