import Foundation

/// The JSON encoding every JSON-based report uses: sorted keys and unescaped slashes, so output is
/// byte-for-byte stable and paths stay readable.
enum ReportJSON {
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// `value` as one line of JSON.
    static func line(_ value: some Encodable, encoder: JSONEncoder) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
