/// Splits SQL bytes into tokens, knowing every way text can hide a `;`: single-quoted strings with `''`
/// escapes (and backslash escapes in `E'…'`), double-quoted and backquoted identifiers, `--` and nested
/// `/* */` comments, and PostgreSQL dollar quotes (`$$…$$`, `$tag$…$tag$`). Whitespace is skipped.
///
/// An unterminated string, identifier or comment runs to the end of the text, as the database would read it.
struct SQLLexer {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Every token in order.
    func tokens() -> [SQLToken] {
        var tokens: [SQLToken] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if Self.isSpace(byte) {
                index += 1
                continue
            }
            let token = self.token(at: index)
            tokens.append(token)
            index = token.end
        }
        return tokens
    }

    /// The text of `token`, decoded as UTF-8.
    func text(_ token: SQLToken) -> String {
        String(decoding: bytes[token.start..<token.end], as: UTF8.self)
    }

    private func token(at start: Int) -> SQLToken {
        let byte = bytes[start]
        let next = start + 1 < bytes.count ? bytes[start + 1] : 0
        switch byte {
        case UInt8(ascii: "-") where next == UInt8(ascii: "-"):
            return SQLToken(kind: .lineComment, start: start, end: endOfLine(from: start))
        case UInt8(ascii: "/") where next == UInt8(ascii: "*"):
            return SQLToken(kind: .blockComment, start: start, end: endOfBlockComment(from: start))
        case UInt8(ascii: "'"):
            return SQLToken(kind: .string, start: start, end: endOfQuoted(from: start, quote: byte, backslash: false))
        case UInt8(ascii: "\""), UInt8(ascii: "`"):
            return SQLToken(
                kind: .quotedIdentifier, start: start, end: endOfQuoted(from: start, quote: byte, backslash: false))
        case UInt8(ascii: "$"):
            if let end = endOfDollarQuote(from: start) { return SQLToken(kind: .string, start: start, end: end) }
            return SQLToken(kind: .punctuation, start: start, end: start + 1)
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            var end = start
            while end < bytes.count && (Self.isWordByte(bytes[end]) || bytes[end] == UInt8(ascii: ".")) { end += 1 }
            return SQLToken(kind: .number, start: start, end: end)
        default:
            guard Self.isWordStart(byte) else { return SQLToken(kind: .punctuation, start: start, end: start + 1) }
            if (byte | 0x20) == UInt8(ascii: "e") && next == UInt8(ascii: "'") {
                let end = endOfQuoted(from: start + 1, quote: next, backslash: true)
                return SQLToken(kind: .string, start: start, end: end)
            }
            var end = start + 1
            while end < bytes.count && (Self.isWordByte(bytes[end]) || bytes[end] == UInt8(ascii: "$")) { end += 1 }
            return SQLToken(kind: .word, start: start, end: end)
        }
    }

    private func endOfLine(from start: Int) -> Int {
        var end = start
        while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
        return end
    }

    /// PostgreSQL nests block comments; SQLite does not, but a nested `/*` inside one is rare enough in
    /// migrations that one rule serves both.
    private func endOfBlockComment(from start: Int) -> Int {
        var depth = 0
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "/") && bytes[index + 1] == UInt8(ascii: "*") {
                depth += 1
                index += 2
            } else if bytes[index] == UInt8(ascii: "*") && bytes[index + 1] == UInt8(ascii: "/") {
                depth -= 1
                index += 2
                if depth == 0 { return index }
            } else {
                index += 1
            }
        }
        return bytes.count
    }

    /// The end of a quoted run starting at `start`: a doubled quote is an escaped quote; with `backslash`, so
    /// is `\'`.
    private func endOfQuoted(from start: Int, quote: UInt8, backslash: Bool) -> Int {
        var index = start + 1
        while index < bytes.count {
            let byte = bytes[index]
            if backslash && byte == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if byte == quote {
                if index + 1 < bytes.count && bytes[index + 1] == quote {
                    index += 2
                    continue
                }
                return index + 1
            }
            index += 1
        }
        return bytes.count
    }

    /// `$tag$ … $tag$` with an empty or identifier-like tag; nil when `$` does not open one (`$1`, `a$b`).
    private func endOfDollarQuote(from start: Int) -> Int? {
        var tagEnd = start + 1
        while tagEnd < bytes.count && bytes[tagEnd] != UInt8(ascii: "$") {
            guard Self.isWordByte(bytes[tagEnd]), !(tagEnd == start + 1 && Self.isDigit(bytes[tagEnd])) else {
                return nil
            }
            tagEnd += 1
        }
        guard tagEnd < bytes.count else { return nil }
        let tag = bytes[start...tagEnd]
        var index = tagEnd + 1
        while index + tag.count <= bytes.count {
            if bytes[index] == UInt8(ascii: "$") && bytes[index..<(index + tag.count)].elementsEqual(tag) {
                return index + tag.count
            }
            index += 1
        }
        return bytes.count
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C || byte == 0x0B
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    static func isWordStart(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || byte == UInt8(ascii: "_")
            || byte >= 0x80
    }

    static func isWordByte(_ byte: UInt8) -> Bool { isWordStart(byte) || isDigit(byte) }
}
