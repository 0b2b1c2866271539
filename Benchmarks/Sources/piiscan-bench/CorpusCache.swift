import Foundation
import PIIScanTestSupport

/// Generated corpora kept in a cache directory, so repeated benchmark runs scan the same bytes without paying for
/// generation again. A corpus counts as present only once its `.complete` marker (holding its size) exists.
struct CorpusCache {
    let directory: String

    /// The corpus of `mebibytes` MiB for `seed`, PII planted in about `piiLineRatio` of the lines (the default
    /// 0.02 is the dense corpus), generated if it is not cached yet.
    func corpus(mebibytes: Int, seed: UInt64, piiLineRatio: Double = 0.02) throws -> (path: String, bytes: Int) {
        let ratio = piiLineRatio == 0.02 ? "" : "-ratio\(piiLineRatio)"
        return try cached("corpus-\(seed)-\(mebibytes)MiB\(ratio)") { path in
            try CorpusGenerator(seed: seed).generate(
                into: path, targetBytes: mebibytes << 20, piiLineRatio: piiLineRatio
            ).totalBytes
        }
    }

    /// One file of `mebibytes` MiB that is nothing but e-mail addresses, one per line: every line a finding, the
    /// worst case for memory (before findings were streamed, 16 MB of it peaked at 1 GB).
    func addressesOnly(mebibytes: Int) throws -> (path: String, bytes: Int) {
        try cached("addresses-\(mebibytes)MiB") { path in
            let file = path + "/addresses.txt"
            FileManager.default.createFile(atPath: file, contents: nil)
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file, isDirectory: false))
            defer { try? handle.close() }
            var written = 0
            var index = 0
            while written < mebibytes << 20 {
                var block = ""
                for _ in 0..<10_000 {
                    block += "person\(index)@mail\(index % 97).quill.net\n"
                    index += 1
                }
                handle.write(Data(block.utf8))
                written += block.utf8.count
            }
            return written
        }
    }

    /// A cached directory: `make` fills the new empty directory and returns its size in bytes.
    private func cached(_ name: String, make: (String) throws -> Int) throws -> (path: String, bytes: Int) {
        let path = "\(directory)/\(name)"
        let marker = path + ".complete"
        if let text = try? String(contentsOfFile: marker, encoding: .utf8), let bytes = Int(text) {
            return (path, bytes)
        }
        try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let clock = ContinuousClock()
        let start = clock.now
        let bytes = try make(path)
        let seconds = (clock.now - start) / .seconds(1)
        Report.line("generated \(name) in \(path) (\(Report.rate(bytes, seconds)))")
        try String(bytes).write(toFile: marker, atomically: true, encoding: .utf8)
        return (path, bytes)
    }
}
