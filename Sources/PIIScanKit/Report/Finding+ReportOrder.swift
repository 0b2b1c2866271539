/// The stable order of buffered reports (json, sarif): by source, then path or store, then byte offset for
/// files or schema.table.column for databases, with the detector and fingerprint as tie-breakers.
extension Finding {
    static func reportOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        if lhs.source != rhs.source { return lhs.source.rawValue < rhs.source.rawValue }
        switch (lhs.location, rhs.location) {
        case (.file(let left), .file(let right)):
            if left.path != right.path { return left.path < right.path }
            if left.start != right.start { return left.start < right.start }
            if left.end != right.end { return left.end < right.end }
        case (.column(let left), .column(let right)):
            let leftKey = [left.store, left.schema, left.table, left.column, left.jsonPath ?? ""]
            let rightKey = [right.store, right.schema, right.table, right.column, right.jsonPath ?? ""]
            if leftKey != rightKey { return leftKey.lexicographicallyPrecedes(rightKey) }
        case (.file, .column):
            return true
        case (.column, .file):
            return false
        }
        return (lhs.detector, lhs.type, lhs.fingerprint) < (rhs.detector, rhs.type, rhs.fingerprint)
    }
}
