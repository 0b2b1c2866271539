/// The stretches of a key's coordinates (`SQLiteKeySpan`) that a sample has neither read nor found empty, and
/// seeded random points in them.
///
/// Each range a sampler reads takes away the stretch from its starting point to its last row, or to the end of
/// the free stretch when the range came back short; a point that lands in a gap takes the gap away. So outliers
/// and gaps cost a few seeks each (a range that lands in a gap halves it, on average), and the ranges end up
/// spread over the rows instead of over the empty part of the key: rowids 1…10,000 plus one at 2^62 are sampled
/// across the 10,000.
struct SQLiteUnreadKeys {
    /// Disjoint, in order; inclusive bounds.
    private(set) var stretches: [ClosedRange<UInt64>]
    /// The largest coordinate (the key's `high`).
    private let width: UInt64
    private var random: SampleRandom

    init(width: UInt64, seed: UInt32) {
        self.width = width
        stretches = [0...width]
        random = SampleRandom(seed: seed)
    }

    var isEmpty: Bool { stretches.isEmpty }

    /// A random point of the unread stretches, weighted by their length, and the end of its stretch (nil when it
    /// runs to the end of the key, so a range from it needs no upper bound).
    mutating func nextPoint() -> (start: UInt64, before: UInt64?)? {
        guard !stretches.isEmpty else { return nil }
        let lengths = stretches.map { Double($0.upperBound - $0.lowerBound) + 1 }
        var pick = Double.random(in: 0..<lengths.reduce(0, +), using: &random)
        var index = 0
        while index < stretches.count - 1, pick >= lengths[index] {
            pick -= lengths[index]
            index += 1
        }
        let stretch = stretches[index]
        let start = UInt64.random(in: stretch, using: &random)
        return (start, stretch.upperBound == width ? nil : stretch.upperBound + 1)
    }

    /// Takes `start...end` away (clamped to the stretch holding `start`).
    mutating func remove(from start: UInt64, through end: UInt64) {
        guard let index = stretches.firstIndex(where: { $0.contains(start) }) else { return }
        let stretch = stretches[index]
        var pieces: [ClosedRange<UInt64>] = []
        if start > stretch.lowerBound { pieces.append(stretch.lowerBound...(start - 1)) }
        if end < stretch.upperBound { pieces.append((end + 1)...stretch.upperBound) }
        stretches.replaceSubrange(index...index, with: pieces)
    }

    /// Takes away the rest of the stretch holding `start`, from `start` on.
    mutating func removeRest(from start: UInt64) {
        guard let stretch = stretches.first(where: { $0.contains(start) }) else { return }
        remove(from: start, through: stretch.upperBound)
    }
}
