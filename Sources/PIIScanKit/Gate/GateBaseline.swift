import Crypto
import Foundation

/// One accepted failure in a baseline file. The key is what the failure is, not where it is: file, schema,
/// table, column, category, and a hash of the column's name and declared type. A new column (or a new
/// category of the same column) on a line the baseline already covers therefore still fails, and moving a
/// statement to another line keeps it suppressed.
public struct GateBaselineEntry: Sendable, Hashable, Codable, Comparable {
    /// The migration file, relative to the repository root.
    public var file: String
    public var schema: String
    public var table: String
    public var column: String
    public var category: String
    /// `sha256:` of `column NUL declared type`: a column dropped and re-added as another type is new.
    public var definition: String

    init(column: TrackedColumn, category: String) {
        file = column.origin.file.repositoryPath
        schema = column.schema
        table = column.table
        self.column = column.name
        self.category = category
        definition = "sha256:" + Self.digest("\(column.name)\u{0}\(column.declaredType.lowercased())")
    }

    /// A stable hex digest of the whole key, for SARIF `partialFingerprints`.
    var fingerprint: String {
        Self.digest([file, schema, table, column, category, definition].joined(separator: "\u{0}"))
    }

    /// Hex SHA-256 of `text` (schema names only: no personal data goes in).
    static func digest(_ text: String) -> String {
        SHA256.hash(data: Array(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    public static func < (lhs: GateBaselineEntry, rhs: GateBaselineEntry) -> Bool {
        (lhs.file, lhs.schema, lhs.table, lhs.column, lhs.category, lhs.definition)
            < (rhs.file, rhs.schema, rhs.table, rhs.column, rhs.category, rhs.definition)
    }
}

/// The baseline file (`--baseline`, written by `--write-baseline`): JSON with sorted keys and sorted entries,
/// so it diffs well in review.
///
/// ```json
/// {"entries": [{"category": "user.contact.email", "column": "email", "definition": "sha256:…",
///   "file": "db/V2__users.sql", "schema": "main", "table": "users"}], "version": 1}
/// ```
public struct GateBaseline: Sendable, Codable, Equatable {
    public var version = 1
    public var entries: [GateBaselineEntry]

    public init(entries: [GateBaselineEntry]) {
        self.entries = Array(Set(entries)).sorted()
    }

    /// Reads a baseline; a missing or malformed file is a usage error naming it (as `displayName`).
    public static func load(path: String, displayName: String) throws(GateError) -> GateBaseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GateError(.usage, "\(displayName): cannot read the baseline file")
        }
        do {
            let baseline = try JSONDecoder().decode(GateBaseline.self, from: data)
            guard baseline.version == 1 else {
                throw GateError(
                    .usage, "\(displayName): unsupported baseline version \(baseline.version) (this piiscan reads 1)")
            }
            return baseline
        } catch let error as GateError {
            throw error
        } catch {
            throw GateError(.usage, "\(displayName): not a piiscan gate baseline (\(Self.reason(error)))")
        }
    }

    /// The file's bytes: pretty-printed, keys sorted, newline-terminated.
    public func encoded() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func reason(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "missing '\(key.stringValue)'"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "wrong type at '\(context.codingPath.map(\.stringValue).joined(separator: "."))'"
        default: "invalid JSON"
        }
    }
}
