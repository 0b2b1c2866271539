import PCRE2

/// Per-worker mutable detection state: PCRE2 match scratch, reused buffers, and per-detector resume points.
///
/// Not `Sendable`: each worker creates its own at start-up and it never leaves that worker's thread.
package final class DetectionScratch {
    package let pcre2: PCRE2Scratch
    /// (start, end) pairs of class-byte runs, reused by the prefilter for every chunk.
    private var runs: UnsafeMutablePointer<Int>
    private var runCapacity: Int
    /// Per run: the separator bits of the gap after it, when it joins the next run of its chain.
    private var gaps: UnsafeMutablePointer<UInt64>
    private var gapCapacity: Int
    /// Class bits of the current chunk's bytes, padded to a multiple of 64.
    private var classes: UnsafeMutablePointer<UInt8>
    private var classCapacity: Int
    /// Per detector: the offset before which its regex has already been searched in this chunk.
    let resumeAt: UnsafeMutableBufferPointer<Int>
    /// Trigger hits of the current chunk, filled by the prefilter.
    var hits = HitList(capacity: 4096)
    /// Candidates of the current chunk.
    package var candidates: [Candidate] = []
    /// Per detector: windows of the current input its regex could not search because a PCRE2 resource limit
    /// stopped the match (a pattern that backtracks catastrophically on these bytes).
    private let failedWindows: UnsafeMutableBufferPointer<Int>
    /// The sum of `failedWindows`: a clean input costs no pass over the detectors.
    package private(set) var failedWindowTotal = 0
    /// After this many failed windows in one input, a detector is not run on the rest of it: each costs up to
    /// a millisecond, and a pattern that fails this often on a file fails on most of it.
    package static let failedWindowsPerInput = 64

    package init(detectorCount: Int, limits: PCRE2MatchLimits = PCRE2MatchLimits()) {
        pcre2 = PCRE2Scratch(limits: limits)
        resumeAt = .allocate(capacity: max(1, detectorCount))
        resumeAt.initialize(repeating: 0)
        failedWindows = .allocate(capacity: max(1, detectorCount))
        failedWindows.initialize(repeating: 0)
        runCapacity = 2 * 4096
        runs = .allocate(capacity: runCapacity)
        gapCapacity = 4096
        gaps = .allocate(capacity: gapCapacity)
        classCapacity = 64 * 1024
        classes = .allocate(capacity: classCapacity)
        candidates.reserveCapacity(256)
    }

    deinit {
        runs.deallocate()
        gaps.deallocate()
        hits.deallocate()
        resumeAt.deallocate()
        failedWindows.deallocate()
        classes.deallocate()
    }

    /// Room for the class bits of a buffer of `count` bytes, padded to a whole 64-byte block.
    func classBuffer(forBytes count: Int) -> UnsafeMutablePointer<UInt8> {
        let needed = (count + 63) & ~63
        if needed > classCapacity {
            classes.deallocate()
            classCapacity = needed
            classes = .allocate(capacity: needed)
        }
        return classes
    }

    /// Room for the runs of a buffer of `count` bytes (at most one run per two bytes, plus one).
    func runBuffer(forBytes count: Int) -> UnsafeMutablePointer<Int> {
        let needed = 2 * (count / 2 + 1)
        if needed > runCapacity {
            runs.deallocate()
            runCapacity = needed
            runs = .allocate(capacity: needed)
        }
        return runs
    }

    /// Room for the gap bits of the runs of a buffer of `count` bytes.
    func gapBuffer(forBytes count: Int) -> UnsafeMutablePointer<UInt64> {
        let needed = count / 2 + 1
        if needed > gapCapacity {
            gaps.deallocate()
            gapCapacity = needed
            gaps = .allocate(capacity: needed)
        }
        return gaps
    }

    /// Prepares for a new input (a file, a column's sample): forgets the failed windows of the previous one.
    package func startInput() {
        guard failedWindowTotal > 0 else { return }
        failedWindows.update(repeating: 0)
        failedWindowTotal = 0
    }

    /// Counts a window `detector` could not search.
    func recordFailedWindow(detector: Int) {
        failedWindows[detector] += 1
        failedWindowTotal += 1
    }

    /// True when `detector` has failed often enough in this input that it is no longer run on it.
    @inline(__always)
    func hasGivenUp(detector: Int) -> Bool {
        failedWindows[detector] >= Self.failedWindowsPerInput
    }

    /// The detectors that failed on windows of this input, by index, with their counts.
    package func failedWindowCounts() -> [(detector: Int, windows: Int)] {
        guard failedWindowTotal > 0 else { return [] }
        return failedWindows.indices.compactMap { failedWindows[$0] > 0 ? ($0, failedWindows[$0]) : nil }
    }

    /// Prepares for a new chunk.
    func reset() {
        resumeAt.update(repeating: 0)
        candidates.removeAll(keepingCapacity: true)
    }
}

/// A validated match in the current chunk: buffer offsets, detector index and confidence.
package struct Candidate: Sendable, Hashable {
    package var detector: Int
    package var start: Int
    package var end: Int
    package var confidence: Double
}
