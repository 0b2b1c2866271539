/// A column type as the parse tree writes it (`{"names":["pg_catalog","varchar"],"typmods":[20]}`), shown as
/// PostgreSQL's `format_type` shows it (`character varying(20)`) and mapped to its `ColumnTypeClass`.
/// Domains (`CREATE DOMAIN email AS citext`) resolve to their base type for the class.
enum PostgresTypeName {
    /// The display name and class of `typeName`, domains looked up in `domains` (name → base type name).
    static func describe(
        _ typeName: PostgresParseNode, domains: [String: String]
    ) -> (declared: String, typeClass: ColumnTypeClass) {
        let name = typeName["names"].names.last ?? "unknown"
        let modifiers = typeName["typmods"].items.compactMap { $0["A_Const"]["ival"]["ival"].int ?? 0 }
        let isArray = typeName["arrayBounds"].exists
        var declared = displayNames[name] ?? name
        if !modifiers.isEmpty {
            let list = "(" + modifiers.map(String.init).joined(separator: ",") + ")"
            // `timestamp(6) with time zone`: the precision goes after the type's first word.
            if let space = declared.firstIndex(of: " "), name.hasPrefix("time") {
                declared.insert(contentsOf: list, at: space)
            } else {
                declared += list
            }
        }
        if isArray { declared += "[]" }
        let base = baseTypes[domains[name] ?? name] ?? domains[name] ?? name
        let category = isArray ? "A" : (stringTypes.contains(base) ? "S" : "")
        return (declared, PostgresTypeClass.classify(typeName: base, category: category))
    }

    /// The type a catalog stores for a name the parser keeps as written (`serial` is an `int4` column).
    private static let baseTypes = [
        "serial": "int4", "serial4": "int4", "bigserial": "int8", "serial8": "int8", "smallserial": "int2",
        "serial2": "int2", "integer": "int4", "int": "int4", "smallint": "int2", "bigint": "int8",
        "boolean": "bool", "real": "float4", "float": "float8", "decimal": "numeric",
    ]

    private static let stringTypes: Set = ["text", "varchar", "bpchar", "char", "name", "citext", "xml"]

    private static let displayNames = [
        "int2": "smallint", "int4": "integer", "int8": "bigint", "float4": "real", "float8": "double precision",
        "bool": "boolean", "varchar": "character varying", "bpchar": "character",
        "timestamptz": "timestamp with time zone", "timestamp": "timestamp without time zone",
        "timetz": "time with time zone", "time": "time without time zone", "serial": "integer",
        "serial4": "integer", "bigserial": "bigint", "serial8": "bigint", "smallserial": "smallint",
        "serial2": "smallint",
    ]
}
