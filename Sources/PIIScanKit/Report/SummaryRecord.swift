/// The summary object of the `json` report and of the last `jsonl` line: `ScanSummary`'s own keys plus `tool`,
/// `version`, `failures` (how many skipped items are failures), `skipped_by_reason`, and `notes` when there are any.
struct SummaryRecord: Encodable {
    var summary: ScanSummary
    var version: String

    enum CodingKeys: String, CodingKey {
        case tool, version, failures, notes
        case skippedByReason = "skipped_by_reason"
    }

    func encode(to encoder: any Encoder) throws {
        try summary.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("piiscan", forKey: .tool)
        try container.encode(version, forKey: .version)
        try container.encode(summary.failures.count, forKey: .failures)
        let counts = Dictionary(uniqueKeysWithValues: summary.skippedByReason.map { ($0.key.rawValue, $0.value) })
        try container.encode(counts, forKey: .skippedByReason)
        if !summary.notes.isEmpty { try container.encode(summary.notes, forKey: .notes) }
    }
}
