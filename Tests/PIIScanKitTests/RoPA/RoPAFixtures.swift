@testable import PIIScanKit

/// Findings and documents built in Swift for the RoPA tests (evidence already masked, as the engine makes it).
enum RoPAFixtures {
    /// A file finding at `path`.
    static func file(
        _ path: String, category: String = "user.contact.email", type: String = "email", confidence: Double = 0.9,
        evidence: String = "j***@e***.org", line: Int = 1
    ) -> Finding {
        Finding(
            type: type, category: category, detector: type, confidence: confidence, evidence: evidence,
            fingerprint: "f-\(path)-\(line)", source: .file,
            location: .file(FileLocation(path: path, line: line, column: 1, start: 0, end: 10)))
    }

    /// A column finding in `store`.
    static func column(
        _ store: String, schema: String = "main", table: String, column: String = "email",
        category: String = "user.contact.email", type: String = "email", confidence: Double = 0.9
    ) -> Finding {
        Finding(
            type: type, category: category, detector: type, confidence: confidence, evidence: "j***@e***.org",
            fingerprint: "f-\(table)-\(column)", source: store.hasPrefix("sqlite:") ? .sqlite : .postgres,
            location: .column(
                ColumnLocation(
                    store: store, schema: schema, table: table, column: column, rowsSampled: 10, rowsMatched: 8)))
    }
}
