/// Where scanned bytes come from: `file`, `sqlite` or `postgres` (the `source` field of a finding).
public enum SourceKind: String, Sendable, Codable, Hashable, CaseIterable {
    case file
    case sqlite
    case postgres
}
