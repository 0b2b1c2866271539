import Foundation

/// Where a finding sits in a file: path relative to the scanned root, 1-based line and byte column,
/// byte offsets (end exclusive), and the structured field (CSV header or JSON key path) when known.
///
/// Inside a container, `container` is the chain of containers from the file on disk inwards (`exports/2024.zip`,
/// then a member that is itself an archive), and `path`, line, column and offsets are the member's own.
public struct FileLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Path relative to the scanned directory (or the path as given, for a single file); inside a container, the
    /// member's name in the innermost container.
    public var path: String
    public var line: Int
    public var column: Int
    public var start: Int
    public var end: Int
    public var field: String?
    /// Where inside a document the finding sits, as people name it (`page 3`, `Customers!C7`, `paragraph 12`,
    /// `slide 4`); nil for a file read as bytes, where line and column say it. In a document, `start` and `end`
    /// are offsets in the text extracted from it.
    public var place: String?
    /// The containers the file is in, outermost (the file on disk) first; empty for a file on disk.
    public var container: [String]

    public init(
        path: String, line: Int, column: Int, start: Int, end: Int, field: String? = nil, place: String? = nil,
        container: [String] = []
    ) {
        self.path = path
        self.line = line
        self.column = column
        self.start = start
        self.end = end
        self.field = field
        self.place = place
        self.container = container
    }

    /// The file on disk: the outermost container, or the path itself.
    public var diskPath: String { container.first ?? path }

    /// The chain as people read it: `exports/2024.zip!customers/2024-03.csv`.
    public var chainPath: String { (container + [path]).joined(separator: "!") }

    /// Where in the file, as people follow it: the place in a document, else `line:column`.
    public var position: String { place ?? "\(line):\(column)" }

    /// The whole location in one line: `exports/2024.zip!customers.csv:7:12`, or
    /// `staff.xlsx (Customers!C7)` in a document.
    public var description: String {
        place.map { "\(chainPath) (\($0))" } ?? "\(chainPath):\(line):\(column)"
    }

    enum CodingKeys: String, CodingKey {
        case path, line, column, start, end, field, place, container
    }

    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            path: try values.decode(String.self, forKey: .path), line: try values.decode(Int.self, forKey: .line),
            column: try values.decode(Int.self, forKey: .column), start: try values.decode(Int.self, forKey: .start),
            end: try values.decode(Int.self, forKey: .end),
            field: try values.decodeIfPresent(String.self, forKey: .field),
            place: try values.decodeIfPresent(String.self, forKey: .place),
            container: try values.decodeIfPresent([String].self, forKey: .container) ?? [])
    }

    public func encode(to encoder: any Encoder) throws {
        var values = encoder.container(keyedBy: CodingKeys.self)
        try values.encode(path, forKey: .path)
        try values.encode(line, forKey: .line)
        try values.encode(column, forKey: .column)
        try values.encode(start, forKey: .start)
        try values.encode(end, forKey: .end)
        try values.encodeIfPresent(field, forKey: .field)
        try values.encodeIfPresent(place, forKey: .place)
        if !container.isEmpty { try values.encode(container, forKey: .container) }
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
