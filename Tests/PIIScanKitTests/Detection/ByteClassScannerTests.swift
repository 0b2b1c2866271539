import Testing

@testable import PIIScanKit

/// The mask-based run finders against a byte-at-a-time reference, on random class bytes of every length around
/// the 64-byte block size.
@Suite("ByteClassScanner")
struct ByteClassScannerTests {
    /// Runs of `bit` as (start, end) pairs, one byte at a time; with `minimum`, only runs inside a stretch of
    /// `stretchBit` bytes (`bit` bytes when nil) at least that long.
    static func reference(
        _ classes: [UInt8], count: Int, bit: ByteClassScanner.Bit, minimum: Int = 0,
        stretchBit: ByteClassScanner.Bit? = .digitStretch
    ) -> [Int] {
        let separator = stretchBit?.mask ?? 0
        var runs: [Int] = []
        var index = 0
        while index < count {
            guard classes[index] & (bit.mask | separator) != 0 else {
                index += 1
                continue
            }
            var stretchEnd = index
            while stretchEnd < count && classes[stretchEnd] & (bit.mask | separator) != 0 { stretchEnd += 1 }
            if stretchEnd - index >= min(minimum, 64) {
                var position = index
                while position < stretchEnd {
                    guard classes[position] & bit.mask != 0 else {
                        position += 1
                        continue
                    }
                    let start = position
                    while position < stretchEnd && classes[position] & bit.mask != 0 { position += 1 }
                    runs += [start, position]
                }
            }
            index = stretchEnd
        }
        return runs
    }

    /// Random class bytes: digits (which a digit stretch includes), separators (only in a stretch), or neither, in
    /// clumps so that long runs occur.
    static func classes(count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        var bytes = [UInt8](repeating: 0, count: (count + 63) & ~63)
        var current: UInt8 = 0
        for index in 0..<count {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            if (state >> 60) < 4 {
                let stretch = ByteClassScanner.Bit.digitStretch.mask
                let choices: [UInt8] = [0, ByteClassScanner.Bit.digit.mask | stretch, stretch]
                current = choices[Int((state >> 33) % 3)]
            }
            bytes[index] = current
        }
        return bytes
    }

    @Test func runFindersMatchAByteLoop() {
        for count in [0, 1, 63, 64, 65, 127, 128, 129, 300, 1000] {
            for seed in 1...20 {
                let classes = Self.classes(count: count, seed: UInt64(seed * 7919 + count))
                let buffer = UnsafeMutablePointer<Int>.allocate(capacity: 2 * count + 2)
                defer { buffer.deallocate() }
                for minimum in [1, 2, 3, 5, 11, 64, 80] {
                    let candidates = classes.withUnsafeBytes { raw in
                        ByteClassScanner.candidateRuns(
                            raw.baseAddress!, count: count, bit: .digit, stretchBit: .digitStretch, minimum: minimum,
                            into: buffer)
                    }
                    let expected = Self.reference(classes, count: count, bit: .digit, minimum: minimum)
                    #expect(
                        Array(UnsafeBufferPointer(start: buffer, count: 2 * candidates)) == expected,
                        "\(count) \(seed) \(minimum)")
                    let long = classes.withUnsafeBytes { raw in
                        ByteClassScanner.runs(
                            raw.baseAddress!, count: count, bit: .digit, minimumLength: minimum, into: buffer)
                    }
                    #expect(
                        Array(UnsafeBufferPointer(start: buffer, count: 2 * long))
                            == Self.reference(
                                classes, count: count, bit: .digit, minimum: minimum, stretchBit: nil),
                        "\(count) \(seed) \(minimum) without separators")
                }
            }
        }
    }
}
