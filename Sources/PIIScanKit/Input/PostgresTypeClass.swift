/// Maps a PostgreSQL type (domains resolved to their base type) to the broad `ColumnTypeClass`.
enum PostgresTypeClass {
    /// `typeName` is `pg_type.typname` of the base type, `category` its `typcategory` (`A` array, `S` string…).
    static func classify(typeName: String, category: String) -> ColumnTypeClass {
        if category == "A" { return .array }
        switch typeName {
        case "int2", "int4", "int8", "oid": return .integer
        case "numeric", "money": return .decimal
        case "float4", "float8": return .floatingPoint
        case "bool": return .boolean
        case "date": return .date
        case "timestamp", "timestamptz": return .timestamp
        case "json", "jsonb": return .json
        case "bytea": return .binary
        case "uuid": return .uuid
        case "inet", "cidr": return .ipAddress
        case "macaddr", "macaddr8": return .macAddress
        case "xml": return .text
        default: return category == "S" ? .text : .other
        }
    }
}
