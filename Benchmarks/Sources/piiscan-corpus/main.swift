import Foundation
import PIIScanTestSupport

/// `piiscan-corpus DIR [SIZE_MB] [SEED] [PII_LINE_RATIO|shapes]`: writes a deterministic labelled corpus (PII planted
/// in about `PII_LINE_RATIO` of the lines, default 0.02; `shapes` writes the data-shape corpus instead), its labels
/// as JSON Lines next to it (`DIR.labels.jsonl`), and prints the generation speed.
let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: piiscan-corpus DIR [SIZE_MB] [SEED] [PII_LINE_RATIO|shapes]\n".utf8))
    exit(2)
}
let directory = arguments[1]
let megabytes = arguments.count > 2 ? Int(arguments[2]) ?? 100 : 100
let seed = arguments.count > 3 ? UInt64(arguments[3]) ?? 1 : 1
let shapes = arguments.count > 4 && arguments[4] == "shapes"
let piiLineRatio = arguments.count > 4 ? Double(arguments[4]) ?? 0.02 : 0.02
let clock = ContinuousClock()
let start = clock.now
let generator = CorpusGenerator(seed: seed)
let corpus =
    try shapes
    ? generator.generateShapes(into: directory, targetBytes: megabytes << 20)
    : generator.generate(into: directory, targetBytes: megabytes << 20, piiLineRatio: piiLineRatio)
let seconds = (clock.now - start) / .seconds(1)
let encoder = JSONEncoder()
encoder.outputFormatting = .sortedKeys
var labels = Data()
for value in corpus.planted { labels += try encoder.encode(value) + Data("\n".utf8) }
try labels.write(to: URL(fileURLWithPath: directory + ".labels.jsonl"))
let rate = Double(corpus.totalBytes) / 1_000_000 / seconds
print(
    "wrote \(corpus.totalBytes) bytes in \(corpus.files.count) files, \(corpus.planted.count) planted values, "
        + "\(corpus.negatives.count) hard negatives, in \(String(format: "%.2f", seconds)) s "
        + "(\(String(format: "%.0f", rate)) MB/s)"
)
