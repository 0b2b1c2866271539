internal import CLibPQ

extension PostgresConnection {
    /// Runs a statement that returns no rows (`BEGIN READ ONLY`, `COMMIT`, `SET …`).
    package func execute(_ sql: String) throws(LibPQError) {
        precondition(!isStreaming, "a row stream is still reading this connection")
        let result = PQexec(handle, sql)
        defer { PQclear(result) }
        let status = result.map { PQresultStatus($0) } ?? PGRES_FATAL_ERROR
        guard status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK else {
            throw error(from: result)
        }
    }

    /// Sends `sql` with text `parameters` (`$1`, `$2`…; nil is SQL NULL) and streams its rows one at a time
    /// (single-row mode), so memory does not grow with the result. Read the stream to its end (or drop it)
    /// before the next statement on this connection.
    package func query(_ sql: String, parameters: [String?] = []) throws(LibPQError) -> PostgresRowStream {
        precondition(!isStreaming, "a row stream is still reading this connection")
        let values = CStringArray(parameters)
        let sent = PQsendQueryParams(
            handle, sql, Int32(values.count), nil, values.count == 0 ? nil : values.baseAddress, nil, nil, 0)
        guard sent == 1 else { throw error(from: nil) }
        guard PQsetSingleRowMode(handle) == 1 else {
            let failure = error(from: nil)
            PostgresRowStream.discardResults(handle)
            throw failure
        }
        return PostgresRowStream(connection: self)
    }

    /// Every row of a small result (a catalog query) as optional strings.
    package func rows(_ sql: String, parameters: [String?] = []) throws(LibPQError) -> [[String?]] {
        let stream = try query(sql, parameters: parameters)
        var rows: [[String?]] = []
        while try stream.next() {
            rows.append((0..<stream.columnCount).map { stream.string($0) })
        }
        return rows
    }

    /// Runs `body` inside `BEGIN READ ONLY` … `COMMIT`; on failure rolls back when the connection still
    /// stands, so the next statement starts clean.
    package func readOnlyTransaction<Result>(
        _ body: () throws(LibPQError) -> Result
    ) throws(LibPQError) -> Result {
        try execute("BEGIN TRANSACTION READ ONLY")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            if isAlive && !isStreaming { try? execute("ROLLBACK") }
            throw error
        }
    }

    /// The error a failed statement left: from its result when there is one, else from the connection.
    func error(from result: OpaquePointer?) -> LibPQError {
        let connectionIsBad = PQstatus(handle) == CONNECTION_BAD
        let field = { (code: Int32) -> String? in
            guard let result, let value = PQresultErrorField(result, code) else { return nil }
            return String(cString: value)
        }
        let sqlState = field(PIISCAN_PG_DIAG_SQLSTATE)
        let primary = field(PIISCAN_PG_DIAG_MESSAGE_PRIMARY)
        let message = primary ?? PostgresConninfo.firstLine(String(cString: PQerrorMessage(handle)))
        let kind = LibPQError.queryKind(sqlState: sqlState, connectionIsBad: connectionIsBad)
        return LibPQError(kind: kind, sqlState: sqlState, message: message.isEmpty ? "query failed" : message)
    }
}
