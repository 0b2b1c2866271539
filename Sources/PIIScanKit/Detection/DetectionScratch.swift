import PCRE2

/// Per-worker mutable detection state: PCRE2 match scratch, reused buffers, and per-detector resume points.
///
/// Not `Sendable`: each worker creates its own at start-up and it never leaves that worker's thread.
package final class DetectionScratch {
    package let pcre2: PCRE2Scratch
    /// Flat (start, end) pairs of class-byte runs, reused by the prefilter for every chunk.
    package var runs: [Int] = []
    /// Per detector: the offset before which its regex has already been searched in this chunk.
    package var resumeAt: [Int]
    /// Candidates of the current chunk.
    package var candidates: [Candidate] = []
    /// Matches stopped by a PCRE2 resource limit (counted, never fatal).
    package var limitHits = 0

    package init(detectorCount: Int, limits: PCRE2MatchLimits = PCRE2MatchLimits()) {
        pcre2 = PCRE2Scratch(limits: limits)
        resumeAt = Array(repeating: 0, count: detectorCount)
        runs.reserveCapacity(1 << 16)
        candidates.reserveCapacity(256)
    }

    /// Prepares for a new chunk.
    func reset() {
        for index in resumeAt.indices { resumeAt[index] = 0 }
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
