import Foundation
import PIIScanTestSupport

/// Generated corpora kept in a cache directory, so repeated benchmark runs scan the same bytes without paying for
/// generation again. A corpus counts as present only once its `.complete` marker (holding its size) exists.
struct CorpusCache {
    let directory: String

    /// The corpus of `mebibytes` MiB for `seed`, generated if it is not cached yet.
    func corpus(mebibytes: Int, seed: UInt64) throws -> (path: String, bytes: Int) {
        let path = "\(directory)/corpus-\(seed)-\(mebibytes)MiB"
        let marker = path + ".complete"
        if let text = try? String(contentsOfFile: marker, encoding: .utf8), let bytes = Int(text) {
            return (path, bytes)
        }
        try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let clock = ContinuousClock()
        let start = clock.now
        let corpus = try CorpusGenerator(seed: seed).generate(into: path, targetBytes: mebibytes << 20)
        let seconds = (clock.now - start) / .seconds(1)
        Report.line("generated \(mebibytes) MiB corpus in \(path) (\(Report.rate(corpus.totalBytes, seconds)))")
        try String(corpus.totalBytes).write(toFile: marker, atomically: true, encoding: .utf8)
        return (path, corpus.totalBytes)
    }
}
