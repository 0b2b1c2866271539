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
    /// Matches stopped by a PCRE2 resource limit (counted, never fatal).
    package var limitHits = 0

    package init(detectorCount: Int, limits: PCRE2MatchLimits = PCRE2MatchLimits()) {
        pcre2 = PCRE2Scratch(limits: limits)
        resumeAt = .allocate(capacity: max(1, detectorCount))
        resumeAt.initialize(repeating: 0)
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
