/// Strips credentials from database locators and from messages that may quote one, so no password reaches
/// a report, a log line or an error message.
package enum Redaction {
    /// Parameter names whose values are secrets, compared case-insensitively.
    static let secretKeys: Set<String> = ["password", "sslpassword", "pass", "pwd"]

    /// Removes, wherever they occur in `locator`: the password of a URI's user info
    /// (`postgres://u:secret@h/db` → `postgres://u@h/db`), secret query parameters (`?password=…`), and
    /// secret `key=value` pairs of libpq conninfo strings (`host=h password='a b' dbname=d`) or
    /// `;`-separated connection strings.
    package static func redactCredentials(in locator: String) -> String {
        var bytes = Array(locator.utf8)
        removeUserInfoPasswords(&bytes)
        removeSecretParameters(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `scheme://user:password@host` → `scheme://user@host`, for every URI in the text.
    static func removeUserInfoPasswords(_ bytes: inout [UInt8]) {
        var index = 0
        while let separator = find(Array("://".utf8), in: bytes, from: index) {
            let authorityStart = separator + 3
            var authorityEnd = authorityStart
            while authorityEnd < bytes.count, !endsAuthority(bytes[authorityEnd]) { authorityEnd += 1 }
            index = authorityEnd
            guard let at = bytes[authorityStart..<authorityEnd].lastIndex(of: UInt8(ascii: "@")),
                let colon = bytes[authorityStart..<at].firstIndex(of: UInt8(ascii: ":"))
            else { continue }
            bytes.removeSubrange(colon..<at)
            index = colon
        }
    }

    /// Removes `password=value` pairs: in a query string (with their `&`), in a conninfo string (quoted
    /// values included) and in `;`-separated connection strings.
    static func removeSecretParameters(_ bytes: inout [UInt8]) {
        var index = 0
        while index < bytes.count {
            guard let pair = secretPair(in: bytes, at: index) else {
                index += 1
                continue
            }
            let precedingByte = pair.keyStart > 0 ? bytes[pair.keyStart - 1] : nil
            var removeStart = pair.keyStart
            var removeEnd = pair.valueEnd
            switch precedingByte {
            case UInt8(ascii: "?"):
                if removeEnd < bytes.count, bytes[removeEnd] == UInt8(ascii: "&") {
                    removeEnd += 1
                } else {
                    removeStart -= 1
                }
            case UInt8(ascii: "&"), UInt8(ascii: ";"):
                removeStart -= 1
            default:
                while removeEnd < bytes.count, bytes[removeEnd] == UInt8(ascii: " ") { removeEnd += 1 }
                if removeEnd == bytes.count || bytes[removeEnd] == UInt8(ascii: ";") {
                    while removeStart > 0, bytes[removeStart - 1] == UInt8(ascii: " ") { removeStart -= 1 }
                }
                if removeStart == 0, removeEnd < bytes.count, bytes[removeEnd] == UInt8(ascii: ";") {
                    removeEnd += 1
                }
            }
            bytes.removeSubrange(removeStart..<removeEnd)
            index = removeStart
        }
    }

    /// A secret key starting at `index` (at a word start) followed by `=`: the range to remove up to the
    /// end of its value.
    private static func secretPair(in bytes: [UInt8], at index: Int) -> (keyStart: Int, valueEnd: Int)? {
        if index > 0, !startsParameter(bytes[index - 1]) { return nil }
        var keyEnd = index
        while keyEnd < bytes.count, isKeyByte(bytes[keyEnd]) { keyEnd += 1 }
        guard keyEnd > index else { return nil }
        let key = String(decoding: bytes[index..<keyEnd], as: UTF8.self).lowercased()
        guard secretKeys.contains(key) else { return nil }
        var cursor = keyEnd
        while cursor < bytes.count, bytes[cursor] == UInt8(ascii: " ") { cursor += 1 }
        guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: "=") else { return nil }
        cursor += 1
        let inQuery = index > 0 && (bytes[index - 1] == UInt8(ascii: "?") || bytes[index - 1] == UInt8(ascii: "&"))
        if !inQuery {
            while cursor < bytes.count, bytes[cursor] == UInt8(ascii: " ") { cursor += 1 }
        }
        return (index, valueEnd(in: bytes, from: cursor, inQuery: inQuery))
    }

    /// The end of a value: a single-quoted conninfo value with backslash escapes, or up to the next
    /// separator (`&`/`#` in a query, whitespace or `;` otherwise).
    private static func valueEnd(in bytes: [UInt8], from start: Int, inQuery: Bool) -> Int {
        var cursor = start
        if !inQuery, cursor < bytes.count, bytes[cursor] == UInt8(ascii: "'") {
            cursor += 1
            while cursor < bytes.count, bytes[cursor] != UInt8(ascii: "'") {
                cursor += bytes[cursor] == UInt8(ascii: "\\") ? 2 : 1
            }
            return min(cursor + 1, bytes.count)
        }
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if inQuery
                ? (byte == UInt8(ascii: "&") || byte == UInt8(ascii: "#") || byte <= 0x20)
                : (byte <= 0x20 || byte == UInt8(ascii: ";"))
            {
                break
            }
            cursor += 1
        }
        return cursor
    }

    private static func endsAuthority(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") || byte <= 0x20
            || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"")
    }

    private static func startsParameter(_ byte: UInt8) -> Bool {
        byte <= 0x20 || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: ";")
            || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "(")
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        UTF8Units.isAlphanumeric(byte) && byte < 0x80 || byte == UInt8(ascii: "_")
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
