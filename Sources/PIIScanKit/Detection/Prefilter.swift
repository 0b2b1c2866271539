/// The trigger prefilter (DESIGN §7): one cheap byte scan per trigger group finds the places where a
/// detector could match, so PCRE2 runs only there, in small windows, for the detectors that own the trigger.
///
/// Built once per catalog and shared read-only. Hits of one group arrive in increasing offset order, and a
/// detector belongs to exactly one group, so each detector sees its hits in order.
package struct Prefilter: Sendable {
    /// Detectors triggered by single bytes.
    struct ByteGroup: Sendable {
        var table: ByteTable
        /// Byte → detectors owning it.
        var owners: [[Int]]
    }

    /// Detectors sharing one cluster scan, each with its minimum class-byte count.
    struct ClusterGroup: Sendable {
        var key: ClusterKey
        var separators: ByteTable
        var members: [(detector: Int, minimum: Int)]
        var smallestMinimum: Int
    }

    /// Detectors sharing one word list.
    struct WordGroup: Sendable {
        var key: WordGroupKey
        var table: WordTable
        var members: [Int]
    }

    /// All cluster groups of one byte class. Chains of runs are first found with the union of the groups'
    /// separators and the largest gap: a chain with fewer class bytes than the smallest minimum (nearly every
    /// number in a log line) is dismissed at once, and only the rest is split per group.
    struct ClassPlan: Sendable {
        var byteClass: ClusterClass
        var groups: [ClusterGroup]
        var unionSeparators: ByteTable
        var largestGap: Int
        var smallestMinimum: Int
    }

    var byteGroup: ByteGroup?
    var classPlans: [ClassPlan] = []
    var wordGroups: [WordGroup] = []

    package init(detectors: [Detector]) {
        var byteOwners = [[Int]](repeating: [], count: 256)
        var clusterGroups: [ClusterGroup] = []
        var clusterIndex: [ClusterKey: Int] = [:]
        var wordIndex: [WordGroupKey: Int] = [:]
        for (index, detector) in detectors.enumerated() {
            switch detector.trigger.kind {
            case .bytes(let table):
                for byte in 0...255 where table[UInt8(byte)] { byteOwners[byte].append(index) }
            case .cluster(let key, let minimum):
                if let group = clusterIndex[key] {
                    clusterGroups[group].members.append((index, minimum))
                    clusterGroups[group].smallestMinimum = min(clusterGroups[group].smallestMinimum, minimum)
                } else {
                    clusterIndex[key] = clusterGroups.count
                    clusterGroups.append(
                        ClusterGroup(
                            key: key, separators: ByteTable(bytes: key.separators), members: [(index, minimum)],
                            smallestMinimum: minimum))
                }
            case .words(let key):
                if let group = wordIndex[key] {
                    wordGroups[group].members.append(index)
                } else {
                    wordIndex[key] = wordGroups.count
                    wordGroups.append(WordGroup(key: key, table: WordTable(words: key.words), members: [index]))
                }
            }
        }
        if byteOwners.contains(where: { !$0.isEmpty }) {
            byteGroup = ByteGroup(table: ByteTable { !byteOwners[Int($0)].isEmpty }, owners: byteOwners)
        }
        for cls in ClusterClass.allCases {
            let groups = clusterGroups.filter { $0.key.byteClass == cls }
            guard !groups.isEmpty else { continue }
            classPlans.append(
                ClassPlan(
                    byteClass: cls, groups: groups,
                    unionSeparators: ByteTable(bytes: groups.flatMap(\.key.separators)),
                    largestGap: groups.map(\.key.gap).max() ?? 1,
                    smallestMinimum: groups.map(\.smallestMinimum).min() ?? 1))
        }
    }

    /// Calls `hit(detector, start, end)` for every trigger hit in `buffer`, group by group.
    package func scan(
        _ buffer: UnsafeBufferPointer<UInt8>, scratch: DetectionScratch, hit: (Int, Int, Int) -> Void
    ) {
        if let byteGroup { scanBytes(buffer, group: byteGroup, hit: hit) }
        for plan in classPlans {
            collectRuns(buffer, table: plan.byteClass.table, into: &scratch.runs)
            scanChains(buffer, runs: scratch.runs, plan: plan, hit: hit)
        }
        if !wordGroups.isEmpty { scanWords(buffer, hit: hit) }
    }

    private func scanBytes(_ buffer: UnsafeBufferPointer<UInt8>, group: ByteGroup, hit: (Int, Int, Int) -> Void) {
        group.table.flags.withUnsafeBufferPointer { table in
            for index in 0..<buffer.count where table[Int(buffer[index])] {
                for detector in group.owners[Int(buffer[index])] { hit(detector, index, index + 1) }
            }
        }
    }

    /// Maximal runs of class bytes, as flat (start, end) pairs, in the scratch's reused array.
    private func collectRuns(_ buffer: UnsafeBufferPointer<UInt8>, table: ByteTable, into runs: inout [Int]) {
        runs.removeAll(keepingCapacity: true)
        table.flags.withUnsafeBufferPointer { table in
            var index = 0
            let count = buffer.count
            while index < count {
                if !table[Int(buffer[index])] {
                    index += 1
                    continue
                }
                let start = index
                index += 1
                while index < count && table[Int(buffer[index])] { index += 1 }
                runs.append(start)
                runs.append(index)
            }
        }
    }

    /// Whether the bytes between two runs (`end..<nextStart`) are 1...gap bytes all in `separators`.
    @inline(__always)
    private static func joins(
        _ buffer: UnsafeBufferPointer<UInt8>, _ end: Int, _ nextStart: Int, gap: Int,
        _ separators: UnsafeBufferPointer<Bool>
    ) -> Bool {
        let distance = nextStart - end
        guard distance >= 1, distance <= gap else { return false }
        for index in end..<nextStart where !separators[Int(buffer[index])] { return false }
        return true
    }

    /// Finds chains of runs with the union separators; hands chains big enough to the groups.
    private func scanChains(
        _ buffer: UnsafeBufferPointer<UInt8>, runs: [Int], plan: ClassPlan, hit: (Int, Int, Int) -> Void
    ) {
        plan.unionSeparators.flags.withUnsafeBufferPointer { union in
            runs.withUnsafeBufferPointer { runs in
                let runCount = runs.count / 2
                var run = 0
                while run < runCount {
                    let first = run
                    var classBytes = runs[2 * run + 1] - runs[2 * run]
                    while run + 1 < runCount,
                        Self.joins(buffer, runs[2 * run + 1], runs[2 * run + 2], gap: plan.largestGap, union)
                    {
                        run += 1
                        classBytes += runs[2 * run + 1] - runs[2 * run]
                    }
                    let last = run
                    run += 1
                    guard classBytes >= plan.smallestMinimum else { continue }
                    for group in plan.groups where classBytes >= group.smallestMinimum {
                        if first == last {
                            for member in group.members where classBytes >= member.minimum {
                                hit(member.detector, runs[2 * first], runs[2 * first + 1])
                            }
                        } else {
                            scanClusters(buffer, runs: runs, range: first...last, group: group, hit: hit)
                        }
                    }
                }
            }
        }
    }

    /// Within one chain, joins runs separated by 1...gap of the group's own separators into clusters and
    /// reports the clusters big enough for each member.
    private func scanClusters(
        _ buffer: UnsafeBufferPointer<UInt8>, runs: UnsafeBufferPointer<Int>, range: ClosedRange<Int>,
        group: ClusterGroup, hit: (Int, Int, Int) -> Void
    ) {
        group.separators.flags.withUnsafeBufferPointer { separators in
            var run = range.lowerBound
            while run <= range.upperBound {
                let start = runs[2 * run]
                var end = runs[2 * run + 1]
                var classBytes = end - start
                while run + 1 <= range.upperBound,
                    Self.joins(buffer, end, runs[2 * run + 2], gap: group.key.gap, separators)
                {
                    run += 1
                    classBytes += runs[2 * run + 1] - runs[2 * run]
                    end = runs[2 * run + 1]
                }
                run += 1
                guard classBytes >= group.smallestMinimum else { continue }
                for member in group.members where classBytes >= member.minimum {
                    hit(member.detector, start, end)
                }
            }
        }
    }

    /// Finds words (runs of letters and UTF-8 bytes) and looks each up in every word group.
    private func scanWords(_ buffer: UnsafeBufferPointer<UInt8>, hit: (Int, Int, Int) -> Void) {
        guard let base = buffer.baseAddress else { return }
        ByteTable.wordBytes.flags.withUnsafeBufferPointer { wordBytes in
            var index = 0
            let count = buffer.count
            while index < count {
                if !wordBytes[Int(buffer[index])] {
                    index += 1
                    continue
                }
                let start = index
                index += 1
                while index < count && wordBytes[Int(buffer[index])] { index += 1 }
                let length = index - start
                let capitalized = buffer[start] >= 0x41 && buffer[start] <= 0x5A
                for group in wordGroups where capitalized || !group.key.capitalized {
                    let found =
                        group.key.suffix
                        ? group.table.containsSuffix(of: base + start, length)
                        : group.table.contains(base + start, length)
                    if found {
                        for detector in group.members { hit(detector, start, index) }
                    }
                }
            }
        }
    }
}
