/// One SQLite value with its storage class, as read from a row or bound to a parameter. Text is kept as
/// bytes, exactly as stored (SQLite does not require it to be valid UTF-8).
package enum SQLiteValue: Sendable, Equatable {
    case integer(Int64)
    case real(Double)
    case text([UInt8])
    case blob([UInt8])
}

extension SQLiteStatement {
    /// The current row's value in 0-based `column`; nil for NULL.
    package func value(at column: Int) -> SQLiteValue? {
        switch type(at: column) {
        case .null: nil
        case .integer: .integer(int64(at: column))
        case .float: .real(double(at: column))
        case .text: .text(bytes(at: column))
        case .blob: .blob(bytes(at: column))
        }
    }

    /// Binds `value` to the 1-based parameter `index` with its own storage class.
    package func bind(_ value: SQLiteValue, at index: Int32) throws(SQLiteError) {
        switch value {
        case .integer(let number): try bind(number, at: index)
        case .real(let number): try bind(double: number, at: index)
        case .text(let bytes): try bind(textBytes: bytes, at: index)
        case .blob(let bytes): try bind(blob: bytes, at: index)
        }
    }
}
