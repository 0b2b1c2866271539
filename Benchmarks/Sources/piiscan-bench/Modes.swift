import Foundation
import PIIScanKit
import PIIScanTestSupport

/// The three measurements `piiscan-bench` makes.
enum Modes {
    /// piiscan in-process with 1 job and with every core, then ripgrep with the same patterns and thread counts.
    static func throughput(_ options: BenchOptions, cache: CorpusCache, cores: Int) throws {
        let corpus = try cache.corpus(mebibytes: options.throughputMiB, seed: options.seed)
        let scanner = try ScanRun()
        Report.line(
            "throughput: \(corpus.bytes) bytes, \(scanner.catalog.detectors.count) detectors, median of \(options.runs)"
        )
        var ripgrep: RipgrepRun?
        if let executable = ChildProcess.find("rg") {
            let run = try RipgrepRun(
                executable: executable, catalogPatterns: scanner.catalog.detectors.map(\.patternSource))
            Report.line(
                "  rg: \(run.patterns.count) patterns, look-arounds dropped; \(run.skipped) left out (PCRE2-only)")
            ripgrep = run
        } else {
            Report.line("  rg not found on PATH: ripgrep comparison skipped")
        }
        for jobs in Array(Set([1, cores])).sorted() {
            let ours = Report.megabytesPerSecond(
                corpus.bytes, try scanner.medianSeconds(corpus.path, jobs: jobs, runs: options.runs))
            var line = String(format: "  jobs %2d   piiscan %8.1f MB/s", jobs, ours)
            if let ripgrep, !ripgrep.patterns.isEmpty {
                let reference = try ripgrep.medianSeconds(corpus.path, threads: jobs, runs: options.runs)
                let theirs = Report.megabytesPerSecond(corpus.bytes, reference.seconds)
                line += String(
                    format: "   rg %8.1f MB/s (%d matching lines)   piiscan/rg %.2f", theirs, reference.lines,
                    ours / theirs)
            }
            Report.line(line)
        }
    }

    /// Peak resident memory of the `piiscan` binary, from `wait4`'s `ru_maxrss`, on a dense (PII in 1 line in 50)
    /// and a sparse (1 in 500) corpus of each memory size, and on a file of nothing but e-mail addresses.
    static func memory(_ options: BenchOptions, cache: CorpusCache) throws {
        guard access(options.piiscanPath, X_OK) == 0 else {
            Report.line("memory: \(options.piiscanPath) not found; run `swift build -c release` in the repository root")
            return
        }
        Report.line(
            "memory: peak RSS of \(options.piiscanPath) scan --format jsonl (output discarded), recording into a fresh "
                + "store (an existing one would carry unchanged files over)")
        for mebibytes in options.memoryMiB {
            for (name, ratio) in [("dense", 0.02), ("sparse", 0.002)] {
                let corpus = try cache.corpus(mebibytes: mebibytes, seed: options.seed, piiLineRatio: ratio)
                try measureMemory(options, corpus: corpus, label: "\(mebibytes) MiB \(name)")
            }
        }
        let addresses = try cache.addressesOnly(mebibytes: options.memoryMiB.min() ?? 100)
        try measureMemory(options, corpus: addresses, label: "\(addresses.bytes >> 20) MiB of addresses")
    }

    private static func measureMemory(
        _ options: BenchOptions, corpus: (path: String, bytes: Int), label: String
    ) throws {
        let store = NSTemporaryDirectory() + "piiscan-bench-store-\(getpid()).db"
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: store + suffix) }
        }
        let outcome = try ChildProcess.run(
            options.piiscanPath, ["scan", corpus.path, "--format", "jsonl", "--store", "sqlite:" + store])
        guard outcome.exitStatus <= 1 else { throw BenchError.failed("piiscan scan", status: outcome.exitStatus) }
        let padded = label.padding(toLength: 22, withPad: " ", startingAt: 0)
        Report.line(
            String(
                format: "  %@ peak RSS %7.1f MiB   %6.1f s   %@", padded, Double(outcome.maxResidentKiB) / 1024,
                outcome.seconds, Report.rate(corpus.bytes, outcome.seconds)))
    }

    /// Precision, recall and F1 of the default catalog on a fresh labelled corpus, per data shape and per type:
    /// scanned in-process, or by the binary of `--evaluate-binary` (to compare builds).
    static func evaluate(_ options: BenchOptions) throws {
        let directory =
            options.cacheDirectory + "/evaluate-\(options.evaluateCorpus)-\(options.seed)-\(options.evaluateMiB)MiB"
        try? FileManager.default.removeItem(atPath: directory)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let generator = CorpusGenerator(seed: options.seed)
        let bytes = options.evaluateMiB << 20
        let corpus =
            try options.evaluateCorpus == "classic"
            ? generator.generate(into: directory, targetBytes: bytes)
            : generator.generateShapes(into: directory, targetBytes: bytes)
        let reported: [ReportedSpan]
        if let binary = options.evaluateBinary {
            reported = try BinaryEvaluation.scan(directory, with: binary)
        } else {
            let scanned = try ScanRun().scan(
                directory, jobs: ProcessInfo.processInfo.activeProcessorCount, collect: true)
            reported = scanned.findings.compactMap(ReportedSpan.init)
        }
        Report.line(
            "evaluate (\(options.evaluateCorpus), \(options.evaluateBinary ?? "in-process")): \(corpus.totalBytes) "
                + "bytes in \(corpus.files.count) files, \(corpus.planted.count) planted values, "
                + "\(corpus.negatives.count) hard negatives\n"
        )
        let byShape = EvaluationTable.byShape(
            planted: corpus.planted, negatives: corpus.negatives, reported: reported)
        Report.line("per data shape:\n" + EvaluationTable.renderedByShape(byShape))
        let table = EvaluationTable(planted: corpus.planted, negatives: corpus.negatives, reported: reported)
        Report.line("per type, all shapes:\n" + table.rendered())
    }
}
