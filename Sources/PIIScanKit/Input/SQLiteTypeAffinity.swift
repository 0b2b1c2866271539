/// Maps an SQLite declared type to a `ColumnTypeClass`, following SQLite's affinity rules (§3.1 of "Datatypes
/// In SQLite") after first recognising the names applications use for booleans, dates, JSON and UUIDs, which
/// SQLite itself would file under NUMERIC or TEXT.
///
/// SQLite is dynamically typed, so the class is a hint about what the column was meant to hold; a column
/// with no declared type may hold anything and is `other` (scanned like text).
enum SQLiteTypeAffinity {
    static func typeClass(ofDeclaredType declared: String) -> ColumnTypeClass {
        let type = declared.uppercased()
        let rules: [(needles: [String], typeClass: ColumnTypeClass)] = [
            (["BOOL"], .boolean),
            (["TIMESTAMP", "DATETIME"], .timestamp),
            (["DATE"], .date),
            (["JSON"], .json),
            (["UUID", "GUID"], .uuid),
            (["INT"], .integer),
            (["CHAR", "CLOB", "TEXT"], .text),
            (["BLOB"], .binary),
            (["REAL", "FLOA", "DOUB"], .floatingPoint),
        ]
        for rule in rules where rule.needles.contains(where: type.contains) { return rule.typeClass }
        return type.allSatisfy(\.isWhitespace) ? .other : .decimal
    }
}
