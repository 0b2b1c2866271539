import SQLite

/// The smallest and largest value of the key a table is sampled by (its rowid, or the leading primary-key
/// column of a `WITHOUT ROWID` table), and evenly spaced starting points between them.
///
/// Integers and reals are interpolated as numbers; text and blobs byte-wise, on the eight bytes after the two
/// ends' common prefix (so keys such as `user-000123` still spread). The points only steer where each range
/// seeks: they need not exist, and a skewed key merely spaces the ranges less evenly.
struct SQLiteKeySpan: Equatable {
    let low: SQLiteValue
    let high: SQLiteValue

    /// Nil when the ends cannot be interpolated: different storage classes, or text whose collation orders
    /// it otherwise than its bytes.
    init?(low: SQLiteValue, high: SQLiteValue) {
        switch (low, high) {
        case (.integer, .integer), (.real, .real), (.integer, .real), (.real, .integer):
            guard let from = Self.number(low), let to = Self.number(high), (to - from).isFinite, to >= from
            else { return nil }
        case (.text(let from), .text(let to)), (.blob(let from), .blob(let to)):
            guard !to.lexicographicallyPrecedes(from) else { return nil }
        default:
            return nil
        }
        self.low = low
        self.high = high
    }

    /// Where range `index` of `count` starts: `low` for the first, then evenly spaced towards `high`.
    func start(of index: Int, in count: Int) -> SQLiteValue {
        guard index > 0, count > 1 else { return low }
        switch (low, high) {
        case (.integer(let from), .integer(let to)):
            let step = UInt64(bitPattern: to &- from) / UInt64(count)
            return .integer(from &+ Int64(bitPattern: step &* UInt64(index)))
        case (.text(let from), .text(let to)):
            return .text(Self.interpolate(from, to, index, count))
        case (.blob(let from), .blob(let to)):
            return .blob(Self.interpolate(from, to, index, count))
        default:
            let from = Self.number(low) ?? 0
            let to = Self.number(high) ?? 0
            return .real(from + (to - from) * Double(index) / Double(count))
        }
    }

    private static func number(_ value: SQLiteValue) -> Double? {
        switch value {
        case .integer(let number): Double(number)
        case .real(let number): number
        default: nil
        }
    }

    /// The common prefix of `from` and `to`, then the eight bytes after it interpolated as big-endian numbers.
    private static func interpolate(_ from: [UInt8], _ to: [UInt8], _ index: Int, _ count: Int) -> [UInt8] {
        let common = zip(from, to).prefix { $0 == $1 }.count
        let low = word(from, at: common)
        let high = word(to, at: common)
        let point = low &+ (high &- low) / UInt64(count) &* UInt64(index)
        return Array(from[..<common]) + (0..<8).map { UInt8(truncatingIfNeeded: point >> (56 - 8 * $0)) }
    }

    /// Eight bytes of `bytes` from `offset` as a big-endian number, zero-padded past the end.
    private static func word(_ bytes: [UInt8], at offset: Int) -> UInt64 {
        (0..<8).reduce(0) { word, position in
            let index = offset + position
            return word << 8 | UInt64(index < bytes.count ? bytes[index] : 0)
        }
    }
}
