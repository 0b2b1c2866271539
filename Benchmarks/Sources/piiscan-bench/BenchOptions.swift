import Foundation

/// Command line of `piiscan-bench`: a mode and a few `--name value` options.
struct BenchOptions {
    enum Mode: String {
        case all, throughput, memory, evaluate, adversarial
    }

    var mode = Mode.all
    /// Where generated corpora are kept between runs.
    var cacheDirectory = FileManager.default.temporaryDirectory.path + "/piiscan-bench-cache"
    /// Size of the throughput corpus, in MiB.
    var throughputMiB = 500
    /// Sizes of the two memory corpora, in MiB.
    var memoryMiB = [100, 1024]
    /// Size of each adversarial input, in MiB.
    var adversarialMiB = 16
    /// Size of the labelled evaluation corpus, in MiB.
    var evaluateMiB = 20
    /// Which labelled corpus `evaluate` scores: the data shapes (`shapes`) or the classic mix (`classic`).
    var evaluateCorpus = "shapes"
    /// When set, `evaluate` scores this `piiscan` binary's JSON Lines report instead of scanning in-process.
    var evaluateBinary: String?
    var seed: UInt64 = 20_240_115
    var runs = 3
    /// The release `piiscan` binary whose peak memory is measured.
    var piiscanPath =
        URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path + "/.build/release/piiscan"

    static let usage = """
        usage: piiscan-bench [all|throughput|memory|evaluate|adversarial] [--cache DIR] [--size MIB]
                             [--memory-sizes MIB,MIB] [--evaluate-size MIB] [--adversarial-size MIB] [--seed N]
                             [--runs N] [--piiscan PATH] [--evaluate-corpus shapes|classic]
                             [--evaluate-binary PATH]
        """

    /// Parses `arguments` (without the program name); nil on a usage error.
    init?(arguments: [String]) {
        var rest = arguments[...]
        if let first = rest.first, let mode = Mode(rawValue: first) {
            self.mode = mode
            rest = rest.dropFirst()
        }
        while let name = rest.popFirst() {
            guard let value = rest.popFirst() else { return nil }
            switch name {
            case "--cache": cacheDirectory = value
            case "--size":
                guard let size = Int(value) else { return nil }
                throughputMiB = size
            case "--memory-sizes":
                memoryMiB = value.split(separator: ",").compactMap { Int($0) }
                guard !memoryMiB.isEmpty else { return nil }
            case "--evaluate-size":
                guard let size = Int(value) else { return nil }
                evaluateMiB = size
            case "--evaluate-corpus":
                guard value == "shapes" || value == "classic" else { return nil }
                evaluateCorpus = value
            case "--evaluate-binary": evaluateBinary = value
            case "--adversarial-size":
                guard let size = Int(value), size >= 1 else { return nil }
                adversarialMiB = size
            case "--seed":
                guard let seed = UInt64(value) else { return nil }
                self.seed = seed
            case "--runs":
                guard let runs = Int(value), runs >= 1 else { return nil }
                self.runs = runs
            case "--piiscan": piiscanPath = value
            default: return nil
            }
        }
    }
}
