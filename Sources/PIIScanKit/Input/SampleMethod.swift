import Foundation

/// How a table's sample was drawn, as the report states it (`sample` on each column finding): the method, its
/// size and its seed, never a value. Rerunning with `--sample-seed` and the seed shown draws the same rows from an
/// unchanged table.
enum SampleMethod: Sendable, Equatable, CustomStringConvertible {
    /// Every row was read and kept.
    case wholeTable
    /// Every row was read, and `kept` of the `read` rows were picked at random.
    case randomRows(kept: Int, read: Int, seed: UInt32)
    /// PostgreSQL: `TABLESAMPLE SYSTEM (percent) REPEATABLE (seed)`, then rows picked at random from those pages.
    case systemSample(percent: Double, seed: UInt32)
    /// SQLite: `count` short runs of the key (`rowid`, or the primary key of a `WITHOUT ROWID` table) from random
    /// points over its whole span.
    case keyRanges(key: Key, count: Int, seed: UInt32)
    /// The first rows the database returns: a view too large to read whole, or a key whose ends cannot be spread
    /// over.
    case firstRows

    /// What a SQLite sample's key ranges follow.
    enum Key: String, Sendable, Equatable {
        case rowid
        case primaryKey = "primary key"
    }

    var description: String {
        switch self {
        case .wholeTable: "whole table"
        case .randomRows(let kept, let read, let seed): "random \(kept) of \(read) rows, seed \(seed)"
        case .systemSample(let percent, let seed): "system sample \(Self.percent(percent))%, seed \(seed)"
        case .keyRanges(let key, let count, let seed): "\(key.rawValue) ranges ×\(count), seed \(seed)"
        case .firstRows: "first rows"
        }
    }

    /// Up to four significant digits, without trailing zeros: `3.3`, `0.06667`, `100`.
    private static func percent(_ value: Double) -> String {
        guard value > 0, value.isFinite else { return "0" }
        let digits = max(0, 3 - Int(log10(value).rounded(.down)))
        var text = String(format: "%.\(digits)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }
}
