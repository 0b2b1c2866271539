import Foundation
import PIIScanTestSupport
import Testing

/// Compares a report with `Fixtures/expected/NAME`; `PIISCAN_UPDATE_GOLDEN=1` rewrites the file instead.
enum GoldenFile {
    static let directory = PIIScanProcess.packageRoot + "/Tests/PIIScanCLITests/Fixtures/expected"

    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws
    {
        let path = directory + "/" + name
        if ProcessInfo.processInfo.environment["PIISCAN_UPDATE_GOLDEN"] == "1" {
            try actual.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        guard FileManager.default.fileExists(atPath: path) else {
            Issue.record(
                "missing golden file \(name): run with PIISCAN_UPDATE_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: try TempTree.read(path), as: UTF8.self)
        #expect(actual == expected, "output differs from \(name)", sourceLocation: sourceLocation)
    }

    /// The report with its run-dependent parts fixed: the JSON duration becomes 0, the text duration `0.00`, and
    /// the tool version `VERSION`.
    static func stabilised(_ report: String, version: String) -> String {
        var text = replacingValues(in: report, after: #""duration_seconds":"#, until: [",", "}"], with: "0")
        text = replacingValues(in: text, after: " bytes in ", until: [" "], with: "0.00")
        return text.replacingOccurrences(of: #""version":"\#(version)""#, with: #""version":"VERSION""#)
    }

    /// Replaces the text between each `marker` and the next terminator character.
    private static func replacingValues(
        in text: String, after marker: String, until terminators: Set<Character>, with replacement: String
    ) -> String {
        var result = ""
        var rest = Substring(text)
        while let range = rest.range(of: marker) {
            result += rest[..<range.upperBound]
            rest = rest[range.upperBound...]
            let end = rest.firstIndex(where: { terminators.contains($0) }) ?? rest.endIndex
            result += replacement
            rest = rest[end...]
        }
        return result + rest
    }
}
