internal import CSQLite

/// One prepared statement: bind, step, read column values; finalized when released.
///
/// Keeps its connection alive. Column accessors are valid for the current row only, between a `step` that
/// returned true and the next `step` or `reset`.
package final class SQLiteStatement {
    private let connection: SQLiteConnection
    private let handle: OpaquePointer

    init(connection: SQLiteConnection, sql: String) throws(SQLiteError) {
        var statement: OpaquePointer?
        let utf8 = Array(sql.utf8)
        let result = utf8.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) {
                sqlite3_prepare_v2(connection.handle, $0.baseAddress, Int32($0.count), &statement, nil)
            }
        }
        guard result == SQLITE_OK, let statement else {
            throw SQLiteError(connection: connection.handle, fallback: result)
        }
        self.connection = connection
        self.handle = statement
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// Binds an integer to the 1-based parameter `index`.
    package func bind(_ value: Int64, at index: Int32) throws(SQLiteError) {
        try check(sqlite3_bind_int64(handle, index, value))
    }

    /// Binds a floating-point number to the 1-based parameter `index` (stored exactly, as an IEEE double).
    package func bind(double value: Double, at index: Int32) throws(SQLiteError) {
        try check(sqlite3_bind_double(handle, index, value))
    }

    /// Binds text to the 1-based parameter `index` (SQLite copies it).
    package func bind(_ value: String, at index: Int32) throws(SQLiteError) {
        let utf8 = Array(value.utf8)
        let result = utf8.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) {
                sqlite3_bind_text(handle, index, $0.baseAddress, Int32($0.count), piiscan_sqlite3_transient())
            }
        }
        try check(result)
    }

    /// Binds text given as bytes to the 1-based parameter `index`, as they are (SQLite copies them).
    package func bind(textBytes value: [UInt8], at index: Int32) throws(SQLiteError) {
        guard !value.isEmpty else { return try bind("", at: index) }
        let result = value.withUnsafeBytes {
            sqlite3_bind_text(
                handle, index, $0.baseAddress?.assumingMemoryBound(to: CChar.self), Int32($0.count),
                piiscan_sqlite3_transient())
        }
        try check(result)
    }

    /// Binds a blob to the 1-based parameter `index` (SQLite copies it).
    package func bind(blob value: [UInt8], at index: Int32) throws(SQLiteError) {
        let result = value.withUnsafeBytes {
            sqlite3_bind_blob(handle, index, $0.baseAddress, Int32($0.count), piiscan_sqlite3_transient())
        }
        try check(result)
    }

    /// Binds NULL to the 1-based parameter `index`.
    package func bindNull(at index: Int32) throws(SQLiteError) {
        try check(sqlite3_bind_null(handle, index))
    }

    /// Runs to the next row: true when a row is ready, false when the statement is done.
    package func step() throws(SQLiteError) -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let result: throw SQLiteError(connection: connection.handle, fallback: result)
        }
    }

    /// Rewinds the statement so it can run again, keeping its bindings.
    package func reset() {
        sqlite3_reset(handle)
    }

    /// Runs the statement to completion, ignoring rows (fixtures: inserts).
    package func run() throws(SQLiteError) {
        while try step() {}
        reset()
    }

    package var columnCount: Int { Int(sqlite3_column_count(handle)) }

    /// The storage class of the current row's value in 0-based `column`.
    package func type(at column: Int) -> SQLiteValueType {
        SQLiteValueType(code: sqlite3_column_type(handle, Int32(column)))
    }

    package func int64(at column: Int) -> Int64 {
        sqlite3_column_int64(handle, Int32(column))
    }

    /// The value as a double, exactly as stored for REAL values.
    package func double(at column: Int) -> Double {
        sqlite3_column_double(handle, Int32(column))
    }

    /// The value as text (numbers in SQLite's text form); nil for NULL.
    package func text(at column: Int) -> String? {
        guard let pointer = sqlite3_column_text(handle, Int32(column)) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, Int32(column)))
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }

    /// The value's bytes: blobs as stored, anything else in its text form; empty for NULL.
    package func bytes(at column: Int) -> [UInt8] {
        let index = Int32(column)
        let pointer: UnsafeRawPointer?
        if sqlite3_column_type(handle, index) == SQLITE_BLOB {
            pointer = sqlite3_column_blob(handle, index)
        } else {
            pointer = sqlite3_column_text(handle, index).map { UnsafeRawPointer($0) }
        }
        let count = Int(sqlite3_column_bytes(handle, index))
        guard let pointer, count > 0 else { return [] }
        return Array(UnsafeRawBufferPointer(start: pointer, count: count))
    }

    private func check(_ result: Int32) throws(SQLiteError) {
        guard result == SQLITE_OK else { throw SQLiteError(connection: connection.handle, fallback: result) }
    }
}
