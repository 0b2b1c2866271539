/// The JSON shape of a violation (`--format json`, `violations` array): snake_case kind, nulls kept for
/// `system`, `owner` and `category` so every record has the same keys; locations shaped like findings'.
extension Violation: Encodable {
    enum CodingKeys: String, CodingKey {
        case kind, severity, system, owner, category, locations, count, samples, detail, suggestion, triage
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(severity, forKey: .severity)
        try container.encode(system, forKey: .system)
        try container.encode(owner, forKey: .owner)
        try container.encode(category, forKey: .category)
        try container.encode(locations, forKey: .locations)
        try container.encode(count, forKey: .count)
        try container.encode(samples, forKey: .samples)
        try container.encode(detail, forKey: .detail)
        try container.encode(suggestion, forKey: .suggestion)
        try container.encodeIfPresent(triage, forKey: .triage)
    }
}

extension ViolationLocation: Encodable {
    enum CodingKeys: String, CodingKey {
        case path, store, schema, table, column, declared
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .file(let path):
            try container.encode(path, forKey: .path)
        case .column(let store, let schema, let table, let column):
            try container.encode(store, forKey: .store)
            try container.encode(schema, forKey: .schema)
            try container.encode(table, forKey: .table)
            try container.encode(column, forKey: .column)
        case .declared(let location):
            try container.encode(location, forKey: .declared)
        }
    }
}
