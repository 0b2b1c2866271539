import Foundation

/// How a violation maps to a `piiscan_violations` row and back: locations and masked samples as JSON arrays.
enum ViolationRecord {
    static let columns = [
        "run_id", "ordinal", "kind", "severity", "system", "owner", "category", "locations", "finding_count",
        "samples", "detail", "suggestion",
    ]

    static let selectList = columns.dropFirst(2).joined(separator: ", ")

    static func values(_ violation: Violation, run: Int64, ordinal: Int) throws -> [StoreValue] {
        [
            .int(run), StoreValue(ordinal), .text(violation.kind.rawValue), .text(violation.severity.rawValue),
            StoreValue(violation.system), StoreValue(violation.owner), StoreValue(violation.category),
            .text(try json(violation.locations)), StoreValue(violation.count), .text(try json(violation.samples)),
            .text(violation.detail), .text(violation.suggestion),
        ]
    }

    static func violation(_ row: StoreRow) throws -> Violation {
        let locations = try JSONDecoder().decode([LocationRecord].self, from: Data((row.text(5) ?? "[]").utf8))
        let samples = try JSONDecoder().decode([String].self, from: Data((row.text(7) ?? "[]").utf8))
        return Violation(
            kind: ViolationKind(rawValue: row.text(0) ?? "") ?? .shadowStore,
            severity: Severity(rawValue: row.text(1) ?? "") ?? .low, system: row.text(2), owner: row.text(3),
            category: row.text(4), locations: locations.map(\.location), count: row.count(6), samples: samples,
            detail: row.text(8) ?? "", suggestion: row.text(9) ?? "")
    }

    private static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// A violation location as `ViolationLocation` encodes it (the JSON report's shape), read back.
    private struct LocationRecord: Decodable {
        var path: String?
        var store: String?
        var schema: String?
        var table: String?
        var column: String?
        var declared: String?

        var location: ViolationLocation {
            if let path { return .file(path: path) }
            if let store, let schema, let table, let column {
                return .column(store: store, schema: schema, table: table, column: column)
            }
            return .declared(declared ?? "")
        }
    }
}
