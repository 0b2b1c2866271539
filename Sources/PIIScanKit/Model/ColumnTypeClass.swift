/// The broad shape of a database column's type, which decides what it can hold (a boolean is never an email).
///
/// In `Model/` because both the database sources (which derive it from the declared type) and the column
/// classifier (which weighs it) use it.
enum ColumnTypeClass: String, Sendable, Hashable {
    case text, integer, decimal, floatingPoint = "float", boolean, date, timestamp, json, binary, array, uuid,
        other
    /// PostgreSQL `inet`/`cidr`: IP addresses whatever the column is called.
    case ipAddress = "inet"
    /// PostgreSQL `macaddr`/`macaddr8`.
    case macAddress = "macaddr"
}
