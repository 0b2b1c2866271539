/// A database locator reduced to what identifies the store, so that a RoPA's `postgres://user@CRM-DB/crm` and a
/// finding's `postgres://crm-db:5432/crm` compare equal: scheme, host (lowercased), port (5432 by default) and
/// database name for PostgreSQL; the normalised file path for SQLite. Credentials and options are dropped.
struct StoreLocator: Hashable {
    var scheme: String
    var host: String
    var port: String
    var database: String

    /// nil when `text` is not a `sqlite:` or `postgres(ql)://` locator.
    init?(_ text: String) {
        if text.hasPrefix("sqlite:") {
            var rest = Substring(text.dropFirst("sqlite:".count))
            if rest.hasPrefix("//") { rest = rest.dropFirst(2) }
            guard !rest.isEmpty else { return nil }
            self.init(scheme: "sqlite", host: "", port: "", database: Self.normalisedPath(String(rest)))
            return
        }
        guard let schemeEnd = text.range(of: "://"),
            ["postgres", "postgresql"].contains(text[..<schemeEnd.lowerBound].lowercased())
        else { return nil }
        var rest = text[schemeEnd.upperBound...]
        if let query = rest.firstIndex(of: "?") { rest = rest[..<query] }
        let authority = rest.prefix { $0 != "/" }
        let database = rest.dropFirst(authority.count).drop { $0 == "/" }
        let hostPort = authority.split(separator: "@", omittingEmptySubsequences: false).last ?? ""
        var host = hostPort
        var port = Substring("")
        if let bracket = hostPort.firstIndex(of: "]"), hostPort.hasPrefix("[") {
            host = hostPort[hostPort.index(after: hostPort.startIndex)..<bracket]
            port = hostPort[hostPort.index(after: bracket)...].drop { $0 == ":" }
        } else if let colon = hostPort.lastIndex(of: ":") {
            host = hostPort[..<colon]
            port = hostPort[hostPort.index(after: colon)...]
        }
        self.init(
            scheme: "postgres", host: Self.percentDecoded(host).lowercased(),
            port: port.isEmpty ? "5432" : Self.percentDecoded(port),
            database: Self.percentDecoded(database))
    }

    private init(scheme: String, host: String, port: String, database: String) {
        self.scheme = scheme
        self.host = host.isEmpty && scheme == "postgres" ? "localhost" : host
        self.port = port
        self.database = database
    }

    /// `./a/b/../c.db` → `a/c.db`: `.` segments and repeated slashes go, `..` pops a segment when it can.
    static func normalisedPath(_ path: String) -> String {
        var segments: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            if segment == "." { continue }
            if segment == "..", let last = segments.last, last != ".." {
                segments.removeLast()
            } else {
                segments.append(segment)
            }
        }
        return (path.hasPrefix("/") ? "/" : "") + segments.joined(separator: "/")
    }

    private static func percentDecoded(_ text: Substring) -> String {
        var bytes: [UInt8] = []
        var index = text.utf8.startIndex
        let utf8 = text.utf8
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "%"), let high = utf8.index(index, offsetBy: 1, limitedBy: utf8.endIndex),
                high != utf8.endIndex, let low = utf8.index(high, offsetBy: 1, limitedBy: utf8.endIndex),
                low != utf8.endIndex,
                let value = UInt8(String(decoding: [utf8[high], utf8[low]], as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                index = utf8.index(after: low)
            } else {
                bytes.append(byte)
                index = utf8.index(after: index)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
