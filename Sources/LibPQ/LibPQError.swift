/// An error from libpq or the server: what kind of failure it is, the SQLSTATE when the server sent one, and
/// the primary message.
///
/// Never carries the connection string, a password, query parameters or a sampled value: only the server's
/// primary message (no DETAIL, which can quote row values) or libpq's own first line.
package struct LibPQError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The broad kind of failure, which decides what a caller does next.
    package enum Kind: String, Sendable, Equatable {
        /// The target string is not a valid URI or conninfo string.
        case invalidTarget = "invalid_target"
        /// No server answered, or it refused the session (database missing, too many connections…).
        case unreachable
        /// Bad credentials, no matching `pg_hba.conf` entry, or no CONNECT right (SQLSTATE class 28).
        case authentication
        /// No privilege on the object (42501).
        case permissionDenied = "permission_denied"
        /// `statement_timeout` (57014, query_canceled) or `lock_timeout` (55P03, lock_not_available).
        case timeout
        /// The connection dropped: terminated backend (57P01…), server shutdown, network failure.
        case connectionLost = "connection_lost"
        /// Anything else: a bad query, a read-only violation (25006), an unexpected answer.
        case other
    }

    package let kind: Kind
    /// The five-character SQLSTATE, when the server sent one.
    package let sqlState: String?
    /// The server's primary message, or libpq's first line.
    package let message: String

    package init(kind: Kind, sqlState: String? = nil, message: String) {
        self.kind = kind
        self.sqlState = sqlState
        self.message = message
    }

    package var description: String {
        if let sqlState { return "\(message) (SQLSTATE \(sqlState))" }
        return message
    }

    /// The kind of an error raised by a query, from its SQLSTATE and whether the connection survived.
    static func queryKind(sqlState: String?, connectionIsBad: Bool) -> Kind {
        if connectionIsBad { return .connectionLost }
        guard let sqlState else { return .other }
        switch sqlState {
        case "42501": return .permissionDenied
        case "57014", "55P03": return .timeout
        case "57P01", "57P02", "57P03": return .connectionLost
        default:
            if sqlState.hasPrefix("08") { return .connectionLost }
            if sqlState.hasPrefix("28") { return .authentication }
            return .other
        }
    }

    /// The kind of an error raised while connecting: the server's answer (class 28 and a missing CONNECT
    /// right are credentials problems), or unreachable when it never answered or refused the session.
    static func connectKind(sqlState: String?) -> Kind {
        guard let sqlState else { return .unreachable }
        if sqlState.hasPrefix("28") || sqlState == "42501" { return .authentication }
        return .unreachable
    }
}
