/// The JSON shape of a finding is the contract of DESIGN §3.1: flat, snake_case, with file or database
/// fields depending on `source`; `value` only appears with `--reveal`.
extension Finding: Codable {
    enum CodingKeys: String, CodingKey {
        case type, category, detector, confidence, evidence, fingerprint, source
        case path, line, column, start, end, field, place, container
        case store, schema, table
        case rowsSampled = "rows_sampled"
        case rowsMatched = "rows_matched"
        case jsonPath = "json_path"
        case reason, alternatives
        case quasiIdentifier = "quasi_identifier"
        case sample
        case valuesTruncated = "values_truncated"
        case triage
        case value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        try container.encode(category, forKey: .category)
        try container.encode(detector, forKey: .detector)
        try container.encode((confidence * 100).rounded() / 100, forKey: .confidence)
        try container.encode(evidence, forKey: .evidence)
        try container.encode(fingerprint, forKey: .fingerprint)
        try container.encode(source, forKey: .source)
        switch location {
        case .file(let file):
            try container.encode(file.path, forKey: .path)
            try container.encode(file.line, forKey: .line)
            try container.encode(file.column, forKey: .column)
            try container.encode(file.start, forKey: .start)
            try container.encode(file.end, forKey: .end)
            try container.encodeIfPresent(file.field, forKey: .field)
            try container.encodeIfPresent(file.place, forKey: .place)
            if !file.container.isEmpty { try container.encode(file.container, forKey: .container) }
        case .column(let column):
            try container.encode(column.store, forKey: .store)
            try container.encode(column.schema, forKey: .schema)
            try container.encode(column.table, forKey: .table)
            try container.encode(column.column, forKey: .column)
            try container.encode(column.rowsSampled, forKey: .rowsSampled)
            try container.encode(column.rowsMatched, forKey: .rowsMatched)
            try container.encodeIfPresent(column.jsonPath, forKey: .jsonPath)
            try container.encodeIfPresent(column.reason, forKey: .reason)
            if !column.alternatives.isEmpty { try container.encode(column.alternatives, forKey: .alternatives) }
            try container.encodeIfPresent(column.sample, forKey: .sample)
            if column.valuesTruncated > 0 { try container.encode(column.valuesTruncated, forKey: .valuesTruncated) }
        }
        if quasiIdentifier { try container.encode(true, forKey: .quasiIdentifier) }
        try container.encodeIfPresent(triage, forKey: .triage)
        try container.encodeIfPresent(revealedValue, forKey: .value)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.decode(String.self, forKey: .type)
        category = try container.decode(String.self, forKey: .category)
        detector = try container.decode(String.self, forKey: .detector)
        confidence = try container.decode(Double.self, forKey: .confidence)
        evidence = try container.decode(String.self, forKey: .evidence)
        fingerprint = try container.decode(String.self, forKey: .fingerprint)
        source = try container.decode(SourceKind.self, forKey: .source)
        revealedValue = try container.decodeIfPresent(String.self, forKey: .value)
        if source == .file {
            location = .file(
                FileLocation(
                    path: try container.decode(String.self, forKey: .path),
                    line: try container.decode(Int.self, forKey: .line),
                    column: try container.decode(Int.self, forKey: .column),
                    start: try container.decode(Int.self, forKey: .start),
                    end: try container.decode(Int.self, forKey: .end),
                    field: try container.decodeIfPresent(String.self, forKey: .field),
                    place: try container.decodeIfPresent(String.self, forKey: .place),
                    container: try container.decodeIfPresent([String].self, forKey: .container) ?? []))
        } else {
            location = .column(
                ColumnLocation(
                    store: try container.decode(String.self, forKey: .store),
                    schema: try container.decode(String.self, forKey: .schema),
                    table: try container.decode(String.self, forKey: .table),
                    column: try container.decode(String.self, forKey: .column),
                    rowsSampled: try container.decode(Int.self, forKey: .rowsSampled),
                    rowsMatched: try container.decode(Int.self, forKey: .rowsMatched),
                    jsonPath: try container.decodeIfPresent(String.self, forKey: .jsonPath),
                    sample: try container.decodeIfPresent(String.self, forKey: .sample),
                    valuesTruncated: try container.decodeIfPresent(Int.self, forKey: .valuesTruncated) ?? 0,
                    reason: try container.decodeIfPresent(String.self, forKey: .reason),
                    alternatives: try container.decodeIfPresent([ColumnAlternative].self, forKey: .alternatives) ?? []))
        }
        quasiIdentifier = try container.decodeIfPresent(Bool.self, forKey: .quasiIdentifier) ?? false
        triage = try container.decodeIfPresent(TriageMark.self, forKey: .triage)
    }
}
