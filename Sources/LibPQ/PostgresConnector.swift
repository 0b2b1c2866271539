internal import CLibPQ

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Drives a non-blocking libpq connection attempt to its end, and turns a failed one into a `LibPQError`.
///
/// Non-blocking because only then can the error verbosity be raised before the server answers (see
/// `PostgresConnection.init`). `PQconnectPoll` ignores `connect_timeout`, so the deadline is enforced here.
enum PostgresConnector {
    /// How a connection attempt ended.
    enum Outcome {
        case connected, failed, timedOut
    }

    /// Polls until the connection is made, has failed, or has run past `connect_timeout`.
    static func waitUntilConnected(_ connection: OpaquePointer) -> Outcome {
        let timeout = PostgresConninfo.options(of: connection)["connect_timeout"].flatMap { Int($0) } ?? 0
        // libpq treats values below 2 seconds as 2; 0 means wait forever.
        let deadline = timeout > 0 ? now() + Double(max(timeout, 2)) : Double.infinity
        var status = PGRES_POLLING_WRITING
        while PQstatus(connection) != CONNECTION_BAD {
            switch status {
            case PGRES_POLLING_OK:
                return .connected
            case PGRES_POLLING_READING, PGRES_POLLING_WRITING:
                let events = status == PGRES_POLLING_READING ? Int16(POLLIN) : Int16(POLLOUT)
                guard wait(for: events, on: PQsocket(connection), until: deadline) else { return .timedOut }
                status = PQconnectPoll(connection)
            default:
                return .failed
            }
        }
        return .failed
    }

    /// The error of a failed attempt: SQLSTATE and primary message when the server answered, otherwise libpq's
    /// first line (which names the host and port it tried).
    static func connectError(_ connection: OpaquePointer, outcome: Outcome) -> LibPQError {
        if outcome == .timedOut {
            return LibPQError(kind: .unreachable, message: "timeout expired while connecting")
        }
        let text = String(cString: PQerrorMessage(connection))
        let line = PostgresConninfo.firstLine(text)
        if let (sqlState, message) = splitSQLState(line) {
            return LibPQError(kind: LibPQError.connectKind(sqlState: sqlState), sqlState: sqlState, message: message)
        }
        return LibPQError(kind: .unreachable, message: line.isEmpty ? "could not connect" : line)
    }

    /// Finds `SEVERITY:  XXXXX: ` (as verbose errors print it, whatever the server's language) and returns the
    /// SQLSTATE and the line without severity and code.
    static func splitSQLState(_ line: String) -> (String, String)? {
        let bytes = Array(line.utf8)
        guard bytes.count >= 10 else { return nil }
        for index in 0...(bytes.count - 10)
        where bytes[index] == UInt8(ascii: ":") && bytes[index + 1] == 0x20 && bytes[index + 2] == 0x20 {
            let code = bytes[(index + 3)..<(index + 8)]
            let isCode = code.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) }
            guard isCode, bytes[index + 8] == UInt8(ascii: ":"), bytes[index + 9] == 0x20 else { continue }
            // Drop the severity word before the colon too ("… failed: FATAL:  28P01: message").
            var severityStart = index
            while severityStart > 0 && bytes[severityStart - 1] != 0x20 { severityStart -= 1 }
            let prefix = String(decoding: bytes[..<severityStart], as: UTF8.self)
            let rest = String(decoding: bytes[(index + 10)...], as: UTF8.self)
            return (String(decoding: code, as: UTF8.self), prefix + rest)
        }
        return nil
    }

    private static func wait(for events: Int16, on socket: Int32, until deadline: Double) -> Bool {
        while true {
            let remaining = deadline - now()
            guard remaining > 0 else { return false }
            var descriptor = pollfd(fd: socket, events: events, revents: 0)
            let milliseconds = remaining.isInfinite ? -1 : Int32(min(remaining * 1000, 60_000))
            let ready = poll(&descriptor, 1, milliseconds)
            if ready > 0 { return true }
            if ready < 0 && errno != EINTR { return true }  // let PQconnectPoll report the socket error
        }
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
