import Foundation
import PIIScanTestSupport

/// Runs a `piiscan` binary over a corpus and reads the spans of its JSON Lines report, so that two builds can be
/// scored on the same corpus.
enum BinaryEvaluation {
    /// The file findings of `binary scan directory --format jsonl --no-store`, with paths relative to `directory`.
    static func scan(_ directory: String, with binary: String) throws -> [ReportedSpan] {
        let report = NSTemporaryDirectory() + "piiscan-bench-evaluate-\(getpid()).jsonl"
        defer { try? FileManager.default.removeItem(atPath: report) }
        let outcome = try ChildProcess.run(
            binary, ["scan", directory, "--format", "jsonl", "--no-store"], standardOutput: report)
        guard outcome.exitStatus <= 1 else { throw BenchError.failed("\(binary) scan", status: outcome.exitStatus) }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        var spans: [ReportedSpan] = []
        let text = try String(contentsOfFile: report, encoding: .utf8)
        for line in text.split(separator: "\n") {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                var path = object["path"] as? String, let start = object["start"] as? Int,
                let end = object["end"] as? Int, let type = object["type"] as? String
            else { continue }
            if path.hasPrefix(prefix) { path.removeFirst(prefix.count) }
            spans.append(ReportedSpan(path: path, start: start, end: end, type: type))
        }
        return spans
    }
}
