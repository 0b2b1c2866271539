internal import CSQLite

/// The storage class of one value in a result row.
package enum SQLiteValueType: Sendable, Equatable {
    case integer, float, text, blob, null

    init(code: Int32) {
        switch code {
        case SQLITE_INTEGER: self = .integer
        case SQLITE_FLOAT: self = .float
        case SQLITE_BLOB: self = .blob
        case SQLITE_NULL: self = .null
        default: self = .text
        }
    }
}
