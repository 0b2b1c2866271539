/// One sampled database column as the classifier sees it: where it is, what its type and comment say, and
/// its sampled non-null values (text form, already truncated by the source).
struct ColumnSample {
    var source: SourceKind
    /// Credential-free store locator, schema, table and column; `rowsSampled`/`rowsMatched` are filled in
    /// by the classifier.
    var location: ColumnLocation
    var typeClass: ColumnTypeClass
    var comment: String?
    var values: [[UInt8]]

    init(
        source: SourceKind, store: String, schema: String, table: String, column: String,
        typeClass: ColumnTypeClass, comment: String? = nil, values: [[UInt8]]
    ) {
        self.source = source
        self.location = ColumnLocation(
            store: store, schema: schema, table: table, column: column, rowsSampled: values.count, rowsMatched: 0)
        self.typeClass = typeClass
        self.comment = comment
        self.values = values
    }
}

/// Names the JSON key path of byte offsets inside one value (`$.contact.email`); supplied by `Scan/`, which
/// owns the structure trackers, so `Detection/` stays independent of `Input/`.
typealias JSONPathNamer = (_ value: [UInt8], _ offsets: [Int]) -> [String?]
