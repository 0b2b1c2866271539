/// Writes a finding as one line of JSON, byte for byte what `ReportJSON.encoder()` makes of `Finding`'s
/// `Encodable` form (sorted keys, unescaped slashes), without going through `JSONEncoder`.
///
/// Why: the JSON Lines report is written while the scan runs, and on PII-dense data encoding each finding with
/// `JSONEncoder` cost as much as detecting it (measured: a third of a 200 MB scan's time); building the line from
/// `String` pieces still cost a tenth (`String.append` is slow per call). So the line is appended as bytes to the
/// reporter's buffer, with the keys written in their sorted order by hand and strings that need no escaping copied
/// whole. A test compares the result with `JSONEncoder` on findings of both location kinds with every kind of
/// character.
enum FindingJSONLine {
    /// Appends the finding as JSON, without a newline, to `bytes`.
    static func append(_ finding: Finding, to bytes: inout [UInt8]) {
        var object = JSONObjectBytes(appendingTo: &bytes)
        if let alternatives = finding.columnLocation?.alternatives, !alternatives.isEmpty {
            object.raw("alternatives", String(decoding: try! ReportJSON.encoder().encode(alternatives), as: UTF8.self))
        }
        object.string("category", finding.category)
        switch finding.location {
        case .file(let file):
            object.integer("column", file.column)
            object.raw("confidence", confidence(finding.confidence))
            if !file.container.isEmpty { object.raw("container", containerArray(file.container)) }
            object.string("detector", finding.detector)
            object.integer("end", file.end)
            object.string("evidence", finding.evidence)
            if let field = file.field { object.string("field", field) }
            object.string("fingerprint", finding.fingerprint)
            object.integer("line", file.line)
            object.string("path", file.path)
            if let place = file.place { object.string("place", place) }
            object.string("source", finding.source.rawValue)
            object.integer("start", file.start)
        case .column(let column):
            object.string("column", column.column)
            object.raw("confidence", confidence(finding.confidence))
            object.string("detector", finding.detector)
            object.string("evidence", finding.evidence)
            object.string("fingerprint", finding.fingerprint)
            if let path = column.jsonPath { object.string("json_path", path) }
            if finding.quasiIdentifier { object.raw("quasi_identifier", "true") }
            if let reason = column.reason { object.string("reason", reason) }
            object.integer("rows_matched", column.rowsMatched)
            object.integer("rows_sampled", column.rowsSampled)
            if let sample = column.sample { object.string("sample", sample) }
            object.string("schema", column.schema)
            object.string("source", finding.source.rawValue)
            object.string("store", column.store)
            object.string("table", column.table)
        }
        if let triage = finding.triage {
            object.raw("triage", String(decoding: try! ReportJSON.encoder().encode(triage), as: UTF8.self))
        }
        object.string("type", finding.type)
        if let value = finding.revealedValue { object.string("value", value) }
        if case .column(let column) = finding.location, column.valuesTruncated > 0 {
            object.integer("values_truncated", column.valuesTruncated)
        }
        object.finish(into: &bytes)
    }

    /// The container chain as `JSONEncoder` writes an array of strings (sorted-keys output has no spaces).
    private static func containerArray(_ chain: [String]) -> String {
        String(decoding: try! ReportJSON.encoder().encode(chain), as: UTF8.self)
    }

    /// The confidence as the report rounds it (two decimals), written as `JSONEncoder` writes a `Double`:
    /// integral values without a fraction.
    private static func confidence(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int64(rounded)) }
        return String(rounded)
    }
}

/// A JSON object appended as UTF-8 bytes to a buffer it holds while it is built, members in the order they are
/// added.
private struct JSONObjectBytes {
    private var bytes: [UInt8] = []
    private var isEmpty = true

    /// Takes `buffer` over (without copying it) and opens the object at its end; `finish` hands it back.
    init(appendingTo buffer: inout [UInt8]) {
        swap(&bytes, &buffer)
        bytes.append(UInt8(ascii: "{"))
    }

    mutating func string(_ key: StaticString, _ value: String) {
        self.key(key)
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var plainStart = 0
            for index in utf8.indices where Self.needsEscape(utf8[index]) {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plainStart..<index]))
                escape(utf8[index])
                plainStart = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plainStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func integer(_ key: StaticString, _ value: Int) {
        raw(key, String(value))
    }

    /// A member whose value is already JSON.
    mutating func raw(_ key: StaticString, _ json: String) {
        self.key(key)
        bytes += json.utf8
    }

    /// Closes the object and gives the buffer back (valid UTF-8: keys are ASCII and values come from `String`s).
    mutating func finish(into buffer: inout [UInt8]) {
        bytes.append(UInt8(ascii: "}"))
        swap(&bytes, &buffer)
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    /// A byte `needsEscape` accepts, as `JSONEncoder` escapes it.
    private mutating func escape(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
        case UInt8(ascii: "\n"): bytes.append(UInt8(ascii: "n"))
        case UInt8(ascii: "\r"): bytes.append(UInt8(ascii: "r"))
        case UInt8(ascii: "\t"): bytes.append(UInt8(ascii: "t"))
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        default: bytes += unicodeEscape(Unicode.Scalar(byte), uppercase: false).utf8.dropFirst()
        }
    }

    private mutating func key(_ key: StaticString) {
        if !isEmpty { bytes.append(UInt8(ascii: ",")) }
        isEmpty = false
        bytes.append(UInt8(ascii: "\""))
        bytes += UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount)
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
    }
}
