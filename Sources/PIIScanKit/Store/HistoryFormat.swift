import Foundation

/// The output formats of `piiscan history` and `piiscan diff`.
public enum HistoryFormat: String, Sendable, CaseIterable {
    case text, json, jsonl

    /// `--format`, else by the `--output` extension (.json, .jsonl, .ndjson), else text.
    public static func resolve(format: String?, output: String?) -> HistoryFormat? {
        if let format { return HistoryFormat(rawValue: format) }
        let path = output?.lowercased() ?? ""
        if path.hasSuffix(".jsonl") || path.hasSuffix(".ndjson") { return .jsonl }
        if path.hasSuffix(".json") { return .json }
        return .text
    }

    /// One JSON value on one line, keys sorted, slashes unescaped (as the scan's reports are written).
    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// A run as `history --format json` writes it.
struct RunRecord: Encodable {
    var run: ScanRun

    enum CodingKeys: String, CodingKey {
        case id, status, targets, findings, violations
        case startedAt = "started_at"
        case endedAt = "ended_at"
        case durationSeconds = "duration_seconds"
        case toolVersion = "tool_version"
        case filesScanned = "files_scanned"
        case bytesScanned = "bytes_scanned"
        case filesCarriedOver = "files_carried_over"
        case carriedFromRun = "carried_from_run"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(run.id, forKey: .id)
        try container.encode(run.status, forKey: .status)
        try container.encode(run.targets, forKey: .targets)
        try container.encode(StoreTime.string(run.startedAt), forKey: .startedAt)
        try container.encode(run.endedAt.map(StoreTime.string), forKey: .endedAt)
        try container.encode(run.durationSeconds, forKey: .durationSeconds)
        try container.encode(run.toolVersion, forKey: .toolVersion)
        try container.encode(run.filesScanned, forKey: .filesScanned)
        try container.encode(run.bytesScanned, forKey: .bytesScanned)
        try container.encode(run.filesCarriedOver, forKey: .filesCarriedOver)
        try container.encode(run.carriedFromRun, forKey: .carriedFromRun)
        try container.encode(run.findingCount, forKey: .findings)
        try container.encode(run.violationCount, forKey: .violations)
    }
}
