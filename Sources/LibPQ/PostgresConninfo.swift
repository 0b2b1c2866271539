internal import CLibPQ

/// Reads connection options the way libpq does: from a target string (`PQconninfoParse`) or from a
/// connection, with every default filled in (`PQconninfo`).
enum PostgresConninfo {
    /// True for `postgres://` and `postgresql://` URIs.
    static func isURI(_ target: String) -> Bool {
        target.hasPrefix("postgres://") || target.hasPrefix("postgresql://")
    }

    /// The options `target` sets explicitly. A string that is neither a URI nor `key=value` pairs is a
    /// database name, as libpq's `expand_dbname` treats it.
    ///
    /// libpq's parse errors quote the offending token, which may be part of a password, so quoted text is
    /// replaced by `"…"` in the message.
    static func parse(_ target: String) throws(LibPQError) -> [String: String] {
        guard isURI(target) || target.contains("=") else {
            return target.isEmpty ? [:] : ["dbname": target]
        }
        var errorMessage: UnsafeMutablePointer<CChar>?
        guard let options = PQconninfoParse(target, &errorMessage) else {
            let text = errorMessage.map { String(cString: $0) } ?? "invalid connection string"
            if let errorMessage { PQfreemem(errorMessage) }
            throw LibPQError(kind: .invalidTarget, message: redactQuoted(firstLine(text)))
        }
        defer { PQconninfoFree(options) }
        return dictionary(options)
    }

    /// The options a connection uses, defaults and environment included.
    static func options(of connection: OpaquePointer) -> [String: String] {
        guard let options = PQconninfo(connection) else { return [:] }
        defer { PQconninfoFree(options) }
        return dictionary(options)
    }

    private static func dictionary(_ options: UnsafeMutablePointer<PQconninfoOption>) -> [String: String] {
        var result: [String: String] = [:]
        var option = options
        while let keyword = option.pointee.keyword {
            if let value = option.pointee.val, value.pointee != 0 {
                result[String(cString: keyword)] = String(cString: value)
            }
            option += 1
        }
        return result
    }

    static func firstLine(_ text: String) -> String {
        let line = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: true).first ?? ""
        return line.trimmingWhitespace()
    }

    /// Replaces the content of every double-quoted span with `…`.
    static func redactQuoted(_ text: String) -> String {
        var result = ""
        var inQuotes = false
        for character in text {
            if character == "\"" {
                result.append(inQuotes ? "…\"" : "\"")
                inQuotes.toggle()
            } else if !inQuotes {
                result.append(character)
            }
        }
        return inQuotes ? result + "…" : result
    }
}

extension Substring {
    /// Without leading and trailing spaces, tabs and newlines.
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[start...end])
    }
}
