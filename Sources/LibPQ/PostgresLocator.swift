internal import CLibPQ

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a PostgreSQL database is, without credentials: `postgres://host:port/dbname`, for reports and errors.
///
/// Only host, port and database name are kept; user, password and every other option are dropped. A unix
/// socket directory is percent-encoded as the host (`postgres://%2Fvar%2Frun%2Fpostgresql:5432/crm`), which
/// libpq reads back as the same socket.
package struct PostgresLocator: Sendable, Hashable, CustomStringConvertible {
    /// Host name, address, socket directory, or a comma-separated list of them (multi-host targets).
    package let host: String
    package let port: String
    package let database: String

    package init(host: String, port: String, database: String) {
        self.host = host
        self.port = port
        self.database = database
    }

    /// The locator a target string names, before connecting: its own host, port and dbname, then the `PGHOST`,
    /// `PGPORT`, `PGDATABASE` environment, then libpq's defaults (`localhost`, 5432, the user name). A service
    /// file is read only by the connection, so `PostgresConnection.locator` is the authoritative form.
    package init(target: String) throws(LibPQError) {
        let options = try PostgresConninfo.parse(target)
        let environment = { (name: String) -> String? in
            guard let value = getenv(name) else { return nil }
            let string = String(cString: value)
            return string.isEmpty ? nil : string
        }
        let user = options["user"] ?? environment("PGUSER") ?? environment("USER") ?? "postgres"
        self.init(
            host: options["host"] ?? options["hostaddr"] ?? environment("PGHOST") ?? "localhost",
            port: options["port"] ?? environment("PGPORT") ?? "5432",
            database: options["dbname"] ?? environment("PGDATABASE") ?? user)
    }

    /// The locator of a connection attempt as libpq resolved it (defaults, environment and service file
    /// included), for the host it is on or last tried.
    init(connection: OpaquePointer) {
        let string = { (pointer: UnsafeMutablePointer<CChar>?) -> String in
            pointer.map { String(cString: $0) } ?? ""
        }
        let options = PostgresConninfo.options(of: connection)
        let host = string(PQhost(connection))
        let port = string(PQport(connection))
        let database = string(PQdb(connection))
        self.init(
            host: host.isEmpty ? options["host"] ?? "localhost" : host,
            port: port.isEmpty ? options["port"] ?? "5432" : port,
            database: database.isEmpty ? options["dbname"] ?? "" : database)
    }

    /// `postgres://host:port/dbname`, percent-encoded so the string parses back to the same place.
    package var displayForm: String {
        "postgres://\(Self.encodeHost(host)):\(Self.encode(port))/\(Self.encode(database))"
    }

    package var description: String { displayForm }

    private static func encodeHost(_ host: String) -> String {
        // An IPv6 address goes in brackets; anything else is percent-encoded (socket paths, odd names).
        if host.contains(":") && !host.contains("/") && !host.contains(",") { return "[\(host)]" }
        return encode(host)
    }

    private static func encode(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            let isPlain =
                (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E || byte == 0x2C
            if isPlain {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }
}
