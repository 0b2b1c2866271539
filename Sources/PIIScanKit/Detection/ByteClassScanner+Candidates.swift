/// Runs of a cluster class that can belong to a big enough cluster, and words long enough to be looked up, found
/// from masks alone.
///
/// Why: nearly every number in a log line is too short for any cluster trigger, yet listing its runs and trying
/// to chain them cost more than half of the prefilter (measured). A cluster of at least `minimum` class bytes
/// lies inside one stretch of class-or-separator bytes at least `minimum` long, so runs outside such stretches are
/// dropped with a few shifts per 64-byte block, before any run is listed.
extension ByteClassScanner {
    /// Maximal runs of `bit` inside stretches of `stretchBit` bytes (the class and its separators) at least
    /// `minimum` bytes long (capped at 64, which keeps the test a necessary condition); returns how many runs.
    static func candidateRuns(
        _ classes: UnsafeRawPointer, count: Int, bit: Bit, stretchBit: Bit, minimum: Int,
        into runs: UnsafeMutablePointer<Int>
    ) -> Int {
        runsInStretches(classes, count: count, bit: bit, stretchBit: stretchBit, minimum: minimum, into: runs)
    }

    /// Maximal runs of `bit` at least `minimumLength` bytes long (capped at 64: longer minimums list runs of 64 and
    /// more); returns how many runs. The word pass skips the one-letter fragments of hex ids this way.
    static func runs(
        _ classes: UnsafeRawPointer, count: Int, bit: Bit, minimumLength: Int, into runs: UnsafeMutablePointer<Int>
    ) -> Int {
        runsInStretches(classes, count: count, bit: bit, stretchBit: nil, minimum: minimumLength, into: runs)
    }

    @inline(__always)
    private static func runsInStretches(
        _ classes: UnsafeRawPointer, count: Int, bit: Bit, stretchBit: Bit?, minimum: Int,
        into runs: UnsafeMutablePointer<Int>
    ) -> Int {
        let blockCount = (count + 63) / 64
        let window = min(max(minimum, 1), 64)
        var collector = RunCollector(runs: runs)
        var stretchCarry: UInt64 = 0
        var fillCarry: UInt64 = 0
        func stretch(_ classMask: UInt64, block: Int) -> UInt64 {
            stretchBit.map { mask(classes, block: block, bit: $0) } ?? classMask
        }
        var classMask = blockCount > 0 ? mask(classes, block: 0, bit: bit) : 0
        var stretchMask = blockCount > 0 ? stretch(classMask, block: 0) : 0
        for block in 0..<blockCount {
            var nextClassMask: UInt64 = 0
            var nextStretchMask: UInt64 = 0
            if block + 1 < blockCount {
                nextClassMask = mask(classes, block: block + 1, bit: bit)
                nextStretchMask = stretch(nextClassMask, block: block + 1)
            }
            let longEnough = windowStarts(stretchMask, next: nextStretchMask, window: window)
            let stretchStarts = stretchMask & ~((stretchMask << 1) | stretchCarry)
            // Adding a stretch's first bit carries through the whole stretch and clears it: the bits that
            // changed are the stretch (plus the bit past its end, which is not in the mask).
            let (partial, firstOverflow) = stretchMask.addingReportingOverflow(stretchStarts & longEnough)
            let (sum, secondOverflow) = partial.addingReportingOverflow(fillCarry)
            fillCarry = firstOverflow || secondOverflow ? 1 : 0
            let candidates = classMask & (sum ^ stretchMask) & stretchMask

            collector.add(candidates, block: block)
            stretchCarry = stretchMask >> 63
            classMask = nextClassMask
            stretchMask = nextStretchMask
        }
        return collector.finish(count: count)
    }

    /// Bit j set when bits j..<j+window of `mask` followed by `next` are all set (`window` in 1...64).
    @inline(__always)
    static func windowStarts(_ mask: UInt64, next: UInt64, window: Int) -> UInt64 {
        var low = mask
        var high = next
        var covered = 1
        while covered < window {
            let step = min(covered, window - covered)
            low &= (low >> UInt64(step)) | (high << UInt64(64 - step))
            high &= high >> UInt64(step)
            covered += step
        }
        return low
    }
}
