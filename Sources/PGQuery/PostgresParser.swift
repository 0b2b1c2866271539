import CPGQuery

/// PostgreSQL's own parser (libpg_query), with no server: SQL text in, the raw parse tree as JSON out.
///
/// The tree is the one PostgreSQL builds before analysis, so names are not resolved and nothing is executed;
/// every `location` in it is a byte offset into the text given.
public enum PostgresParser {
    /// The JSON parse tree of `sql` (`{"version":…,"stmts":[{"stmt":{…},"stmt_location":…,"stmt_len":…}]}`),
    /// or the parser's error with the byte offset of the token it stopped at.
    public static func parse(_ sql: [UInt8]) -> Result<[UInt8], PostgresSyntaxError> {
        if let nul = sql.firstIndex(of: 0) {
            return .failure(PostgresSyntaxError(message: "a NUL byte in the SQL text", offset: nul))
        }
        let result = (sql + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { pg_query_parse($0.baseAddress) }
        }
        defer { pg_query_free_parse_result(result) }
        if let error = result.error {
            let message = error.pointee.message.map { String(cString: $0) } ?? "syntax error"
            let position = Int(error.pointee.cursorpos)
            return .failure(
                PostgresSyntaxError(
                    message: message, offset: position > 0 ? byteOffset(ofCharacter: position - 1, in: sql) : nil))
        }
        guard let tree = result.parse_tree else { return .success(Array("{}".utf8)) }
        return .success(Array(String(cString: tree).utf8))
    }

    /// The byte offset of the `index`th UTF-8 character (PostgreSQL reports error positions in characters).
    static func byteOffset(ofCharacter index: Int, in sql: [UInt8]) -> Int {
        var characters = 0
        for (offset, byte) in sql.enumerated() where byte & 0xC0 != 0x80 {
            if characters == index { return offset }
            characters += 1
        }
        return sql.count
    }
}

/// The parser's refusal: its message and, when it names one, the byte offset of the offending token.
public struct PostgresSyntaxError: Error, Sendable, Equatable {
    public var message: String
    public var offset: Int?
}
