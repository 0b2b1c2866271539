internal import CLibPQ

/// The rows of one query, read one at a time in libpq's single-row mode.
///
/// Values are exposed as the bytes libpq holds (text format), valid until the next call to `next()`; no
/// Swift `String` is made unless asked for. Dropping the stream before its end cancels the query on the
/// server and discards what is left, so the connection is ready for the next statement.
package final class PostgresRowStream {
    private let connection: PostgresConnection
    /// The current row's result (`PGRES_SINGLE_TUPLE`), or nil before the first and after the last.
    private var row: OpaquePointer?
    private var finished = false
    /// Columns in the current row.
    package private(set) var columnCount = 0

    init(connection: PostgresConnection) {
        self.connection = connection
        connection.isStreaming = true
    }

    deinit {
        if let row { PQclear(row) }
        if !finished { cancel() }
    }

    /// Moves to the next row; false at the end. Throws the statement's error (which can come after some rows,
    /// for example when the backend is terminated mid-stream).
    package func next() throws(LibPQError) -> Bool {
        if let row { PQclear(row) }
        row = nil
        guard !finished else { return false }
        guard let result = PQgetResult(connection.handle) else {
            finish()
            return false
        }
        switch PQresultStatus(result) {
        case PGRES_SINGLE_TUPLE:
            row = result
            columnCount = Int(PQnfields(result))
            return true
        case PGRES_TUPLES_OK, PGRES_COMMAND_OK:
            PQclear(result)
            Self.discardResults(connection.handle)
            finish()
            return false
        default:
            let error = connection.error(from: result)
            PQclear(result)
            Self.discardResults(connection.handle)
            finish()
            throw error
        }
    }

    /// True when the current row's value in `column` is SQL NULL.
    package func isNull(_ column: Int) -> Bool {
        guard let row else { return true }
        return PQgetisnull(row, 0, Int32(column)) == 1
    }

    /// Calls `body` with the bytes of the current row's value in `column` (text form); nil for NULL.
    package func withValue<Result>(
        _ column: Int, _ body: (UnsafeRawBufferPointer) throws -> Result
    ) rethrows -> Result? {
        guard let row, column < columnCount, PQgetisnull(row, 0, Int32(column)) == 0 else { return nil }
        let length = Int(PQgetlength(row, 0, Int32(column)))
        let pointer = PQgetvalue(row, 0, Int32(column))
        return try body(UnsafeRawBufferPointer(start: pointer, count: length))
    }

    /// A copy of the value's bytes; nil for NULL.
    package func bytes(_ column: Int) -> [UInt8]? {
        withValue(column) { Array($0) }
    }

    /// The value as a string (UTF-8, repaired if needed); nil for NULL.
    package func string(_ column: Int) -> String? {
        withValue(column) { String(decoding: $0, as: UTF8.self) }
    }

    /// Stops early: asks the server to cancel the statement, then discards the remaining results.
    package func cancel() {
        guard !finished else { return }
        if let cancel = PQgetCancel(connection.handle) {
            var buffer = [CChar](repeating: 0, count: 256)
            _ = PQcancel(cancel, &buffer, Int32(buffer.count))
            PQfreeCancel(cancel)
        }
        Self.discardResults(connection.handle)
        finish()
    }

    private func finish() {
        finished = true
        connection.isStreaming = false
    }

    /// Reads and frees results until libpq has none left for the current statement.
    static func discardResults(_ handle: OpaquePointer) {
        while let result = PQgetResult(handle) { PQclear(result) }
    }
}
