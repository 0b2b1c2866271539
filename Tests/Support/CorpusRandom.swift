/// A small seeded pseudo-random generator (SplitMix64) so that a corpus is byte-identical for a given seed on
/// every platform and Swift version. `SystemRandomNumberGenerator` and the standard library's `shuffled()` are
/// never used by the corpus code because neither is reproducible.
package struct CorpusRandom: RandomNumberGenerator {
    private var state: UInt64

    package init(seed: UInt64) {
        state = seed
    }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in `0..<bound` (multiply-shift; the tiny bias does not matter for test data).
    package mutating func below(_ bound: Int) -> Int {
        Int(((next() >> 32) &* UInt64(bound)) >> 32)
    }

    /// A value in `range`.
    package mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// True with probability `probability`.
    package mutating func chance(_ probability: Double) -> Bool {
        Double(next() >> 11) * 0x1p-53 < probability
    }

    package mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }

    /// A decimal digit.
    package mutating func digit() -> Int {
        below(10)
    }
}
