/// Which cluster groups of one class a chain can feed, from a few table lookups instead of a test per group.
///
/// Why: a digit chain of a log line (`2024-01-15 10`) used to be tested against each of the class's groups in
/// turn (17 bundled): that loop held about a tenth of the chain pass's profile samples, and most of its tests
/// failed. Each table answers with a mask of groups (bit g: `groups[g]`), so the catalog loader allows at most
/// 64 groups per class.
struct ClusterGroupIndex: BitwiseCopyable {
    /// By class bytes in the chain (capped at `largestMinimum`): the groups whose smallest minimum it reaches.
    private let bySize: UnsafePointer<UInt64>
    /// By runs in the chain (capped at `mostRuns`): the groups it has enough runs for (compressed ones always).
    private let byRuns: UnsafePointer<UInt64>
    /// By the chain's longest run (capped at `largestMinimum`): the groups that one run alone can satisfy.
    private let bySingleRun: UnsafePointer<UInt64>
    /// By separator bit (see `Prefilter.ClassPlan.separatorBits`): the groups that join runs with that byte.
    private let bySeparator: UnsafePointer<UInt64>
    private let largestMinimum: Int
    private let mostRuns: Int

    static let maximumGroups = 64

    /// Builds the tables for `groups` (at most `maximumGroups`); `freeze` keeps each table alive.
    init(groups: [Prefilter.ClusterGroup], freeze: ([UInt64]) -> UnsafePointer<UInt64>) {
        precondition(groups.count <= Self.maximumGroups, "at most 64 cluster groups per class")
        func mask(_ accepts: (Prefilter.ClusterGroup) -> Bool) -> UInt64 {
            groups.enumerated().reduce(0) { mask, entry in accepts(entry.element) ? mask | 1 << entry.offset : mask }
        }
        largestMinimum = groups.map(\.smallestMinimum).max() ?? 0
        mostRuns = groups.map(\.minimumRuns).max() ?? 1
        bySize = freeze((0...largestMinimum).map { size in mask { $0.smallestMinimum <= size } })
        byRuns = freeze((0...mostRuns).map { runs in mask { $0.compressed || $0.minimumRuns <= runs } })
        bySingleRun = freeze(
            (0...largestMinimum).map { length in
                mask {
                    $0.smallestMinimum <= length && $0.smallestMinimum <= $0.maximumRun
                        && ($0.minimumRuns <= 1 || $0.compressed)
                }
            })
        bySeparator = freeze((0..<64).map { bit in mask { $0.separatorMask & (1 << UInt64(bit)) != 0 } })
    }

    /// The groups a chain of `classBytes` class bytes in `runCount` runs, the longest `longestRun` bytes, joined
    /// by the separator bits `separators`, can hold a cluster of. A group none of whose separators occur in the
    /// chain sees single runs only: it needs one long enough, yet not longer than its `max_run`, and no more than
    /// one run (or the `::` of a compressed cluster, which a single run can border).
    @inline(__always)
    func groups(classBytes: Int, runCount: Int, longestRun: Int, separators: UInt64) -> UInt64 {
        let candidates = bySize[min(classBytes, largestMinimum)] & byRuns[min(runCount, mostRuns)]
        guard candidates != 0 else { return 0 }
        var joined: UInt64 = 0
        var remaining = separators
        while remaining != 0 {
            joined |= bySeparator[remaining.trailingZeroBitCount]
            remaining &= remaining - 1
        }
        return candidates & (joined | bySingleRun[min(longestRun, largestMinimum)])
    }
}
