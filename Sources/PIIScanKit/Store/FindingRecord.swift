import Foundation

/// How a finding maps to a `piiscan_findings` row and back. The raw value (`--reveal`) has no column: it is
/// never written, whatever the finding holds.
enum FindingRecord {
    static let columns = [
        "run_id", "ordinal", "type", "category", "detector", "confidence", "severity", "evidence", "fingerprint",
        "source", "path", "line_number", "column_number", "start_offset", "end_offset", "field", "store",
        "schema_name", "table_name", "column_name", "rows_sampled", "rows_matched", "json_path", "quasi_identifier",
        "reason", "alternatives", "sample", "values_truncated", "member_path", "place",
    ]

    /// The columns read back, in `finding(_:)`'s order (everything after `run_id` and `ordinal`).
    static let selectList = columns.dropFirst(2).joined(separator: ", ")
    /// How many columns `selectList` names: the index of a column selected after them.
    static let selectCount = columns.count - 2

    /// The columns of one file's findings read back, in `fileFinding(_:path:)`'s order: what varies within a file.
    static let fileSelectList = """
        type, category, detector, confidence, evidence, fingerprint, line_number, column_number, start_offset, \
        end_offset, field, member_path, place
        """

    static func values(_ finding: Finding, run: Int64, ordinal: Int) -> [StoreValue] {
        var values: [StoreValue] = [
            .int(run), StoreValue(ordinal), .text(finding.type), .text(finding.category), .text(finding.detector),
            .double(finding.confidence), .text(finding.severity.rawValue), .text(finding.evidence),
            .text(finding.fingerprint), .text(finding.source.rawValue),
        ]
        switch finding.location {
        case .file(let file):
            values += [
                .text(file.diskPath), StoreValue(file.line), StoreValue(file.column), StoreValue(file.start),
                StoreValue(file.end), StoreValue(file.field),
            ]
            values +=
                Array(repeating: .null, count: 7) + [
                    StoreValue(finding.quasiIdentifier ? 1 : 0), .null, .null, .null, .null,
                    StoreValue(Self.memberPath(file)), StoreValue(file.place),
                ]
        case .column(let column):
            values += Array(repeating: .null, count: 6)
            values += [
                .text(column.store), .text(column.schema), .text(column.table), .text(column.column),
                StoreValue(column.rowsSampled), StoreValue(column.rowsMatched), StoreValue(column.jsonPath),
                StoreValue(finding.quasiIdentifier ? 1 : 0), StoreValue(column.reason),
                StoreValue(column.alternatives.isEmpty ? nil : Self.json(column.alternatives)),
                StoreValue(column.sample), StoreValue(column.valuesTruncated), .null, .null,
            ]
        }
        return values
    }

    /// A finding in the file at `path` from a row of `fileSelectList`.
    static func fileFinding(_ row: StoreRow, path: String) -> Finding {
        Finding(
            type: row.text(0) ?? "", category: row.text(1) ?? "", detector: row.text(2) ?? "",
            confidence: row.double(3) ?? 0, evidence: row.text(4) ?? "", fingerprint: row.text(5) ?? "",
            source: .file,
            location: .file(
                Self.located(
                    FileLocation(
                        path: path, line: row.count(6), column: row.count(7), start: row.count(8), end: row.count(9),
                        field: row.text(10), place: row.text(12)), memberPath: row.text(11))))
    }

    /// A finding from a row of `selectList`.
    static func finding(_ row: StoreRow) -> Finding {
        let source = SourceKind(rawValue: row.text(7) ?? "") ?? .file
        let location: Location
        if source == .file {
            location = .file(
                Self.located(
                    FileLocation(
                        path: row.text(8) ?? "", line: row.count(9), column: row.count(10), start: row.count(11),
                        end: row.count(12), field: row.text(13), place: row.text(27)), memberPath: row.text(26)))
        } else {
            location = .column(
                ColumnLocation(
                    store: row.text(14) ?? "", schema: row.text(15) ?? "", table: row.text(16) ?? "",
                    column: row.text(17) ?? "", rowsSampled: row.count(18), rowsMatched: row.count(19),
                    jsonPath: row.text(20), sample: row.text(24), valuesTruncated: row.count(25), reason: row.text(22),
                    alternatives: Self.alternatives(row.text(23))))
        }
        var finding = Finding(
            type: row.text(0) ?? "", category: row.text(1) ?? "", detector: row.text(2) ?? "",
            confidence: row.double(3) ?? 0, evidence: row.text(5) ?? "", fingerprint: row.text(6) ?? "",
            source: source, location: location)
        finding.quasiIdentifier = row.count(21) == 1
        return finding
    }

    /// The chain below the container on disk, as JSON; nil for a file on disk.
    private static func memberPath(_ file: FileLocation) -> String? {
        guard !file.container.isEmpty else { return nil }
        let chain = Array(file.container.dropFirst()) + [file.path]
        return (try? ReportJSON.encoder().encode(chain)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// `location` (whose path is the file on disk) moved inside its container when `memberPath` names a chain.
    private static func located(_ location: FileLocation, memberPath: String?) -> FileLocation {
        guard let memberPath,
            let chain = try? JSONDecoder().decode([String].self, from: Data(memberPath.utf8)), let inner = chain.last
        else { return location }
        var moved = location
        moved.container = [location.path] + chain.dropLast()
        moved.path = inner
        return moved
    }

    private static func json(_ alternatives: [ColumnAlternative]) -> String? {
        (try? ReportJSON.encoder().encode(alternatives)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Alternatives stored as JSON; none when the column is empty (rows written before version 3) or unreadable.
    private static func alternatives(_ text: String?) -> [ColumnAlternative] {
        guard let text else { return [] }
        return (try? JSONDecoder().decode([ColumnAlternative].self, from: Data(text.utf8))) ?? []
    }
}
