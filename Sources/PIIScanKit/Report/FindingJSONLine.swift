/// Writes a finding as one line of JSON, byte for byte what `ReportJSON.encoder()` makes of `Finding`'s
/// `Encodable` form (sorted keys, unescaped slashes), without going through `JSONEncoder`.
///
/// Why: the JSON Lines report is written while the scan runs, and on PII-dense data encoding each finding with
/// `JSONEncoder` cost as much as detecting it (measured: a third of a 200 MB scan's time). A test compares the
/// two on findings with every kind of character.
enum FindingJSONLine {
    /// The finding as JSON, without a newline.
    static func render(_ finding: Finding) -> String {
        var fields: [(key: String, value: String)] = [
            ("category", quoted(finding.category)),
            ("confidence", number((finding.confidence * 100).rounded() / 100)),
            ("detector", quoted(finding.detector)),
            ("evidence", quoted(finding.evidence)),
            ("fingerprint", quoted(finding.fingerprint)),
            ("source", quoted(finding.source.rawValue)),
            ("type", quoted(finding.type)),
        ]
        switch finding.location {
        case .file(let file):
            fields += [
                ("path", quoted(file.path)), ("line", String(file.line)), ("column", String(file.column)),
                ("start", String(file.start)), ("end", String(file.end)),
            ]
            if let field = file.field { fields.append(("field", quoted(field))) }
        case .column(let column):
            fields += [
                ("store", quoted(column.store)), ("schema", quoted(column.schema)), ("table", quoted(column.table)),
                ("column", quoted(column.column)), ("rows_sampled", String(column.rowsSampled)),
                ("rows_matched", String(column.rowsMatched)),
            ]
            if let path = column.jsonPath { fields.append(("json_path", quoted(path))) }
        }
        if let value = finding.revealedValue { fields.append(("value", quoted(value))) }
        fields.sort { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        var line = "{"
        for (index, field) in fields.enumerated() {
            if index > 0 { line += "," }
            line += "\"" + field.key + "\":" + field.value
        }
        return line + "}"
    }

    /// A JSON number as `JSONEncoder` writes a `Double`: integral values without a fraction.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// A JSON string: quotes, backslashes and control characters escaped, everything else as it is.
    static func quoted(_ text: String) -> String {
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            case _ where scalar.value < 0x20: result += unicodeEscape(scalar, uppercase: false)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
