/// Trigger hits of one chunk as (detector, start, end) triples in a growable raw buffer that a worker's
/// `DetectionScratch` owns and reuses.
///
/// Why not a callback: a closure threaded through the prefilter's loops made every call retain and release
/// the objects it captured, which cost a quarter of the scan time (measured); appending to raw memory costs
/// nothing of the kind.
struct HitList {
    private(set) var base: UnsafeMutablePointer<Int>
    private(set) var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(16, capacity)
        base = .allocate(capacity: 3 * self.capacity)
    }

    @inline(__always)
    mutating func append(_ detector: Int, _ start: Int, _ end: Int) {
        if count == capacity { grow() }
        base[3 * count] = detector
        base[3 * count + 1] = start
        base[3 * count + 2] = end
        count += 1
    }

    mutating func removeAll() {
        count = 0
    }

    /// Frees the buffer; the list must not be used afterwards.
    func deallocate() {
        base.deallocate()
    }

    private mutating func grow() {
        let larger = UnsafeMutablePointer<Int>.allocate(capacity: 6 * capacity)
        larger.update(from: base, count: 3 * count)
        base.deallocate()
        base = larger
        capacity *= 2
    }
}
