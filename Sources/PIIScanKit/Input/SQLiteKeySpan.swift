import SQLite

/// The smallest and largest value of the key a table is sampled by (its rowid, or the leading primary-key
/// column of a `WITHOUT ROWID` table), mapped onto coordinates `0...width` so that a sampler can pick points
/// anywhere between them and remember which stretches it has read.
///
/// Integers map exactly (coordinate = key − low); reals onto 2^52 steps; text and blobs byte-wise, on the eight
/// bytes after the two ends' common prefix (so keys such as `user-000123` still spread). The mapping keeps order,
/// so a coordinate stretch is a key range; coordinate 0 is `low` itself. The keys at coordinates need not exist:
/// they only steer where each range seeks.
struct SQLiteKeySpan: Equatable {
    let low: SQLiteValue
    let high: SQLiteValue
    /// The largest coordinate (that of `high`).
    let width: UInt64
    /// How keys map to coordinates.
    private let kind: Kind
    /// Text and blobs: bytes both ends share, which every key between them starts with.
    private let common: Int

    private enum Kind { case integer, real, bytes }

    /// Steps a real key range is divided into.
    private static let realSteps: UInt64 = 1 << 52

    /// Nil when the ends cannot be interpolated: different storage classes, or `high` before `low`.
    init?(low: SQLiteValue, high: SQLiteValue) {
        var common = 0
        switch (low, high) {
        case (.integer(let from), .integer(let to)):
            guard to >= from else { return nil }
            kind = .integer
            width = UInt64(bitPattern: to &- from)
        case (.integer, .real), (.real, .integer), (.real, .real):
            guard let from = Self.number(low), let to = Self.number(high), (to - from).isFinite, to >= from
            else { return nil }
            kind = .real
            width = to > from ? Self.realSteps : 0
        case (.text(let from), .text(let to)), (.blob(let from), .blob(let to)):
            guard !to.lexicographicallyPrecedes(from) else { return nil }
            common = zip(from, to).prefix { $0 == $1 }.count
            kind = .bytes
            width = Self.word(to, at: common) &- Self.word(from, at: common)
        default:
            return nil
        }
        self.low = low
        self.high = high
        self.common = common
    }

    /// The key at `coordinate`: `low` at 0, `high` at `width`, evenly spread between.
    func key(at coordinate: UInt64) -> SQLiteValue {
        guard coordinate > 0 else { return low }
        guard coordinate < width else { return high }
        switch (kind, low) {
        case (.integer, .integer(let from)): return .integer(from &+ Int64(bitPattern: coordinate))
        case (.bytes, .text(let from)): return .text(point(from, coordinate))
        case (.bytes, .blob(let from)): return .blob(point(from, coordinate))
        default: break
        }
        let from = Self.number(low) ?? 0
        let to = Self.number(high) ?? 0
        return .real(from + (to - from) * Double(coordinate) / Double(Self.realSteps))
    }

    /// The coordinate of `key` (a key read from the table, so between `low` and `high`), rounded down.
    func coordinate(of key: SQLiteValue) -> UInt64 {
        let raw: UInt64 =
            switch (kind, low, key) {
            case (.integer, .integer(let from), .integer(let value)): UInt64(bitPattern: value &- from)
            case (.bytes, .text(let from), .text(let value)), (.bytes, .blob(let from), .blob(let value)):
                Self.word(value, at: common) &- Self.word(from, at: common)
            default:
                Self.realCoordinate(key, low: low, high: high)
            }
        return min(raw, width)
    }

    private static func realCoordinate(_ key: SQLiteValue, low: SQLiteValue, high: SQLiteValue) -> UInt64 {
        guard let value = number(key), let from = number(low), let to = number(high), to > from else { return 0 }
        let share = min(1, max(0, (value - from) / (to - from)))
        return UInt64((share * Double(realSteps)).rounded(.down))
    }

    private static func number(_ value: SQLiteValue) -> Double? {
        switch value {
        case .integer(let number): Double(number)
        case .real(let number): number
        default: nil
        }
    }

    /// The common prefix, then `low`'s eight bytes after it plus `coordinate`, big-endian.
    private func point(_ from: [UInt8], _ coordinate: UInt64) -> [UInt8] {
        let value = Self.word(from, at: common) &+ coordinate
        return Array(from[..<common]) + (0..<8).map { UInt8(truncatingIfNeeded: value >> (56 - 8 * $0)) }
    }

    /// Eight bytes of `bytes` from `offset` as a big-endian number, zero-padded past the end.
    private static func word(_ bytes: [UInt8], at offset: Int) -> UInt64 {
        (0..<8).reduce(0) { word, position in
            let index = offset + position
            return word << 8 | UInt64(index < bytes.count ? bytes[index] : 0)
        }
    }
}
