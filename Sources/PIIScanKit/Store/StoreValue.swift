/// A value bound to, or read from, a store statement. Both backends map it to their own types: SQLite keeps
/// integers and doubles as such; PostgreSQL sends and returns text, which `StoreRow` converts back.
enum StoreValue: Sendable, Hashable {
    case int(Int64)
    case double(Double)
    case text(String)
    case null

    init(_ value: Int) { self = .int(Int64(value)) }

    init(_ value: String?) { self = value.map { .text($0) } ?? .null }

    init(_ value: Int?) { self = value.map { .int(Int64($0)) } ?? .null }

    /// The value as PostgreSQL text: doubles in Swift's shortest form, which reads back to the same double.
    var postgresText: String? {
        switch self {
        case .int(let value): String(value)
        case .double(let value): "\(value)"
        case .text(let value): value
        case .null: nil
        }
    }
}

/// One result row; accessors convert between the two backends' representations.
struct StoreRow: Sendable {
    var values: [StoreValue]

    func text(_ index: Int) -> String? {
        switch values[index] {
        case .text(let value): value
        case .int(let value): String(value)
        case .double(let value): "\(value)"
        case .null: nil
        }
    }

    func int(_ index: Int) -> Int64? {
        switch values[index] {
        case .int(let value): value
        case .text(let value): Int64(value)
        case .double(let value): Int64(value)
        case .null: nil
        }
    }

    func double(_ index: Int) -> Double? {
        switch values[index] {
        case .double(let value): value
        case .int(let value): Double(value)
        case .text(let value): Double(value)
        case .null: nil
        }
    }

    /// An integer column that the schema declares NOT NULL (0 if a damaged row says otherwise).
    func count(_ index: Int) -> Int { Int(int(index) ?? 0) }
}
