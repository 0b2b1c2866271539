import Foundation
import PIIScanKit
import PIIScanTestSupport

/// `piiscan-bench`: throughput against ripgrep, peak memory of the `piiscan` binary, accuracy on a labelled
/// corpus, and the speed on adversarial inputs, in one run. See Benchmarks/README.md.
guard let options = BenchOptions(arguments: Array(CommandLine.arguments.dropFirst())) else {
    FileHandle.standardError.write(Data((BenchOptions.usage + "\n").utf8))
    exit(2)
}
let cache = CorpusCache(directory: options.cacheDirectory)
let cores = ProcessInfo.processInfo.activeProcessorCount

do {
    if options.mode == .all || options.mode == .throughput {
        try Modes.throughput(options, cache: cache, cores: cores)
    }
    if options.mode == .all || options.mode == .memory {
        try Modes.memory(options, cache: cache)
    }
    if options.mode == .all || options.mode == .evaluate {
        try Modes.evaluate(options)
    }
    if options.mode == .all || options.mode == .adversarial {
        try Modes.adversarial(options)
    }
} catch {
    FileHandle.standardError.write(Data("piiscan-bench: \(error)\n".utf8))
    exit(1)
}
