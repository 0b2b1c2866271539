import Foundation

/// Where a finding sits in a file: path relative to the scanned root, 1-based line and byte column,
/// byte offsets (end exclusive), and the structured field (CSV header or JSON key path) when known.
public struct FileLocation: Sendable, Hashable, Codable {
    /// Path relative to the scanned directory (or the path as given, for a single file).
    public var path: String
    public var line: Int
    public var column: Int
    public var start: Int
    public var end: Int
    public var field: String?

    public init(path: String, line: Int, column: Int, start: Int, end: Int, field: String? = nil) {
        self.path = path
        self.line = line
        self.column = column
        self.start = start
        self.end = end
        self.field = field
    }
}

/// Where a column-level finding sits in a database; `store` is a credential-free locator.
public struct ColumnLocation: Sendable, Hashable, Codable {
    public var store: String
    public var schema: String
    public var table: String
    public var column: String
    public var rowsSampled: Int
    public var rowsMatched: Int
    public var jsonPath: String?
    /// How the table's rows were drawn (`whole table`, `system sample 0.04%, seed 12345`, `rowid ranges ×32,
    /// seed 12345`): a method, a size and a seed, never a value. Nil when not known (findings a store recorded before it kept them).
    public var sample: String?
    /// Sampled values of the column longer than `--max-value-bytes`, searched only up to the bound.
    public var valuesTruncated: Int
    /// Why the column got its verdict, in words (`name "email" + 97% of 1000 values are email`); vocabulary
    /// and counts only, never a value or an identifier.
    public var reason: String?
    /// The other types the column might hold, most likely first.
    public var alternatives: [ColumnAlternative]

    public init(
        store: String, schema: String, table: String, column: String,
        rowsSampled: Int, rowsMatched: Int, jsonPath: String? = nil, sample: String? = nil, valuesTruncated: Int = 0,
        reason: String? = nil, alternatives: [ColumnAlternative] = []
    ) {
        self.store = store
        self.schema = schema
        self.table = table
        self.column = column
        self.rowsSampled = rowsSampled
        self.rowsMatched = rowsMatched
        self.jsonPath = jsonPath
        self.sample = sample
        self.valuesTruncated = valuesTruncated
        self.reason = reason
        self.alternatives = alternatives
    }
}

extension ColumnLocation {
    /// The reason and the alternatives in one line for reports (`name "email" + 97% of 1000 values are email;
    /// also possible: phone 0.45`), nil when there is neither.
    public var explanation: String? {
        let also = alternatives.map { "\($0.type) \(String(format: "%.2f", $0.confidence))" }.joined(separator: ", ")
        let parts = [reason, also.isEmpty ? nil : "also possible: " + also].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}

/// A runner-up of a column's verdict: a type its evidence also supports, with that type's confidence.
public struct ColumnAlternative: Sendable, Hashable, Codable {
    public var type: String
    public var confidence: Double

    public init(type: String, confidence: Double) {
        self.type = type
        self.confidence = (confidence * 100).rounded() / 100
    }
}

/// A finding's location: a span in a file, or a database column.
public enum Location: Sendable, Hashable {
    case file(FileLocation)
    case column(ColumnLocation)
}
