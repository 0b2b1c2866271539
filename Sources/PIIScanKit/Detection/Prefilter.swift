/// The trigger prefilter (DESIGN §7): cheap byte scans find where a detector could match, so PCRE2 runs
/// only there, in small windows, for the detectors that own the trigger.
///
/// One pass per trigger *kind*, not per detector: a byte pass, one run pass per cluster class (digits, hex,
/// upper) whose runs every cluster group then reuses, and one word pass. Built once per catalog and read
/// through raw pointers (see `FrozenBuffer`). Hits of one group arrive in increasing offset order and a
/// detector belongs to exactly one group, so each detector sees its hits in order.
package struct Prefilter: @unchecked Sendable {
    struct Member: BitwiseCopyable {
        var detector: Int
        var minimum: Int
    }

    /// Detectors sharing one cluster key; `members[memberStart..<memberEnd]` with their minimum sizes.
    struct ClusterGroup: BitwiseCopyable {
        var separators: UnsafePointer<Bool>
        var gap: Int
        var smallestMinimum: Int
        var minimumRuns: Int
        var minimumLetters: Int
        /// Bytes allowed right after the cluster; nil for any.
        var followedBy: UnsafePointer<Bool>?
        var compressed: Bool
        var uniform: Bool
        var memberStart: Int
        var memberEnd: Int
    }

    /// All cluster groups of one byte class. Chains of runs are first found with the union of the groups'
    /// separators and the largest gap: a chain with fewer class bytes than the smallest minimum (nearly every
    /// number in a log line) is dismissed at once, and only the rest is split per group.
    struct ClassPlan: BitwiseCopyable {
        var bit: ByteClassScanner.Bit
        var letterBit: ByteClassScanner.Bit?
        var unionSeparators: UnsafePointer<Bool>
        var largestGap: Int
        var smallestMinimum: Int
        var groups: UnsafePointer<ClusterGroup>
        var groupCount: Int
    }

    /// Detectors sharing one word list; `wordMembers[memberStart..<memberEnd]`.
    struct WordGroup: BitwiseCopyable {
        var table: RawWordTable
        var capitalized: Bool
        var suffix: Bool
        var memberStart: Int
        var memberEnd: Int
    }

    /// Owns every buffer the pointers below point into.
    private let storage: [AnyObject]
    /// Class bits per byte value (see `ByteClassScanner`), with this catalog's trigger bytes marked.
    private let classTable: UnsafePointer<UInt8>
    private let hasByteTriggers: Bool
    private let byteOwnerStart: UnsafePointer<Int>
    private let byteOwners: UnsafePointer<Int>
    private let plans: UnsafePointer<ClassPlan>
    private let planCount: Int
    private let members: UnsafePointer<Member>
    private let wordGroups: UnsafePointer<WordGroup>
    private let wordGroupCount: Int
    private let wordMembers: UnsafePointer<Int>

    package init(detectors: [Detector]) {
        var storage: [AnyObject] = []
        func freeze<Element: BitwiseCopyable>(_ elements: [Element]) -> UnsafePointer<Element> {
            let buffer = FrozenBuffer(elements)
            storage.append(buffer)
            return buffer.pointer
        }

        var byteOwnerLists = [[Int]](repeating: [], count: 256)
        var clusterKeys: [ClusterKey] = []
        var clusterMembers: [ClusterKey: [Member]] = [:]
        var wordKeys: [WordGroupKey] = []
        var wordKeyMembers: [WordGroupKey: [Int]] = [:]
        for (index, detector) in detectors.enumerated() {
            switch detector.trigger.kind {
            case .bytes(let table):
                for byte in 0...255 where table[UInt8(byte)] { byteOwnerLists[byte].append(index) }
            case .cluster(let key, let minimum):
                if clusterMembers[key] == nil { clusterKeys.append(key) }
                clusterMembers[key, default: []].append(Member(detector: index, minimum: minimum))
            case .words(let key):
                if wordKeyMembers[key] == nil { wordKeys.append(key) }
                wordKeyMembers[key, default: []].append(index)
            }
        }

        hasByteTriggers = byteOwnerLists.contains { !$0.isEmpty }
        classTable = freeze(ByteClassScanner.classTable(triggerBytes: ByteTable { !byteOwnerLists[Int($0)].isEmpty }))
        byteOwnerStart = freeze(
            byteOwnerLists.reduce(into: [0]) { starts, owners in starts.append(starts.last! + owners.count) })
        byteOwners = freeze(byteOwnerLists.flatMap { $0 })

        var flatMembers: [Member] = []
        var classPlans: [ClassPlan] = []
        for cls in ClusterClass.allCases {
            let keys = clusterKeys.filter { $0.byteClass == cls }
            guard !keys.isEmpty else { continue }
            var groups: [ClusterGroup] = []
            for key in keys {
                let keyMembers = clusterMembers[key]!
                groups.append(
                    ClusterGroup(
                        separators: freeze(ByteTable(bytes: key.separators).flags), gap: key.gap,
                        smallestMinimum: keyMembers.map(\.minimum).min()!, minimumRuns: key.minimumRuns,
                        minimumLetters: key.minimumLetters,
                        followedBy: key.followedBy.isEmpty ? nil : freeze(ByteTable(bytes: key.followedBy).flags),
                        compressed: key.compressed, uniform: key.uniform, memberStart: flatMembers.count,
                        memberEnd: flatMembers.count + keyMembers.count))
                flatMembers += keyMembers
            }
            classPlans.append(
                ClassPlan(
                    bit: cls.scannerBit, letterBit: cls.scannerLetterBit,
                    unionSeparators: freeze(ByteTable(bytes: keys.flatMap(\.separators)).flags),
                    largestGap: keys.map(\.gap).max()!, smallestMinimum: groups.map(\.smallestMinimum).min()!,
                    groups: freeze(groups), groupCount: groups.count))
        }
        plans = freeze(classPlans)
        planCount = classPlans.count
        members = freeze(flatMembers)

        var flatWordMembers: [Int] = []
        var groups: [WordGroup] = []
        for key in wordKeys {
            let table = WordTable(words: key.words)
            storage.append(WordTableBox(table))
            let keyMembers = wordKeyMembers[key]!
            groups.append(
                WordGroup(
                    table: table.raw, capitalized: key.capitalized, suffix: key.suffix,
                    memberStart: flatWordMembers.count, memberEnd: flatWordMembers.count + keyMembers.count))
            flatWordMembers += keyMembers
        }
        wordGroups = freeze(groups)
        wordGroupCount = groups.count
        wordMembers = freeze(flatWordMembers)
        self.storage = storage
    }

    /// Fills `scratch.hits` with every trigger hit in `buffer`, kind by kind.
    package func scan(_ buffer: UnsafeBufferPointer<UInt8>, scratch: DetectionScratch) {
        scratch.hits.removeAll()
        guard let bytes = buffer.baseAddress, buffer.count > 0 else { return }
        var hits = scratch.hits
        defer { scratch.hits = hits }
        let count = buffer.count
        let classes = scratch.classBuffer(forBytes: count)
        ByteClassScanner.classify(bytes, count, table: classTable, into: classes)
        let raw = UnsafeRawPointer(classes)
        if hasByteTriggers { scanBytes(bytes, raw, count, hits: &hits) }
        let runs = scratch.runBuffer(forBytes: count)
        for index in 0..<planCount {
            let plan = plans[index]
            let runCount = ByteClassScanner.runs(raw, count: count, bit: plan.bit, into: runs)
            scanChains(bytes, raw, count: count, runs: runs, runCount: runCount, plan: plan, hits: &hits)
        }
        if wordGroupCount > 0 {
            let runCount = ByteClassScanner.runs(raw, count: count, bit: .word, into: runs)
            scanWords(bytes, runs: runs, runCount: runCount, hits: &hits)
        }
    }

    private func scanBytes(
        _ bytes: UnsafePointer<UInt8>, _ classes: UnsafeRawPointer, _ count: Int, hits: inout HitList
    ) {
        for block in 0..<((count + 63) / 64) {
            var mask = ByteClassScanner.mask(classes, block: block, bit: .trigger)
            while mask != 0 {
                let index = block * 64 + mask.trailingZeroBitCount
                mask &= mask - 1
                let byte = Int(bytes[index])
                for owner in byteOwnerStart[byte]..<byteOwnerStart[byte + 1] {
                    hits.append(byteOwners[owner], index, index + 1)
                }
            }
        }
    }

    /// Whether the bytes between two runs (`end..<nextStart`) are 1...gap bytes all in `separators`.
    @inline(__always)
    private static func joins(
        _ bytes: UnsafePointer<UInt8>, _ end: Int, _ nextStart: Int, gap: Int, _ separators: UnsafePointer<Bool>
    ) -> Bool {
        let distance = nextStart - end
        guard distance >= 1, distance <= gap else { return false }
        for index in end..<nextStart where !separators[Int(bytes[index])] { return false }
        return true
    }

    /// The byte that fills all of `end..<nextStart`, or nil when the gap mixes bytes.
    @inline(__always)
    private static func uniformGapByte(_ bytes: UnsafePointer<UInt8>, _ end: Int, _ nextStart: Int) -> UInt8? {
        let byte = bytes[end]
        for index in (end + 1)..<nextStart where bytes[index] != byte { return nil }
        return byte
    }

    /// Whether the `group.gap` bytes from `from` lie in the buffer and are all separators (IPv6 `::`).
    private static func separatorsInARow(
        _ bytes: UnsafePointer<UInt8>, from: Int, count: Int, group: ClusterGroup
    ) -> Bool {
        guard from >= 0, from + group.gap <= count else { return false }
        for index in from..<(from + group.gap) where !group.separators[Int(bytes[index])] { return false }
        return true
    }

    /// Finds chains of runs with the union separators; hands chains big enough to the groups.
    private func scanChains(
        _ bytes: UnsafePointer<UInt8>, _ classes: UnsafeRawPointer, count: Int, runs: UnsafePointer<Int>, runCount: Int,
        plan: ClassPlan,
        hits: inout HitList
    ) {
        var run = 0
        while run < runCount {
            let first = run
            var classBytes = runs[2 * run + 1] - runs[2 * run]
            while run + 1 < runCount,
                Self.joins(bytes, runs[2 * run + 1], runs[2 * run + 2], gap: plan.largestGap, plan.unionSeparators)
            {
                run += 1
                classBytes += runs[2 * run + 1] - runs[2 * run]
            }
            let last = run
            run += 1
            guard classBytes >= plan.smallestMinimum else { continue }
            for groupIndex in 0..<plan.groupCount where classBytes >= plan.groups[groupIndex].smallestMinimum {
                scanClusters(
                    bytes, classes, letterBit: plan.letterBit, count: count, runs: runs, first: first, last: last,
                    group: plan.groups[groupIndex],
                    hits: &hits)
            }
        }
    }

    /// Within one chain, joins runs separated by 1...gap of the group's own separators into clusters and
    /// reports the clusters big enough for each member.
    private func scanClusters(
        _ bytes: UnsafePointer<UInt8>, _ classes: UnsafeRawPointer, letterBit: ByteClassScanner.Bit?, count: Int,
        runs: UnsafePointer<Int>, first: Int, last: Int,
        group: ClusterGroup, hits: inout HitList
    ) {
        var run = first
        while run <= last {
            let start = runs[2 * run]
            var end = runs[2 * run + 1]
            var classBytes = end - start
            var runsInCluster = 1
            var wideGap = false
            var separator: UInt8? = nil
            var separatorChanged = false
            let firstRun = run
            while run + 1 <= last, Self.joins(bytes, end, runs[2 * run + 2], gap: group.gap, group.separators) {
                if group.uniform {
                    guard let gapByte = Self.uniformGapByte(bytes, end, runs[2 * run + 2]),
                        separator == nil || separator == gapByte
                    else {
                        separatorChanged = true
                        break
                    }
                    separator = gapByte
                }
                run += 1
                wideGap = wideGap || runs[2 * run] - end == group.gap
                classBytes += runs[2 * run + 1] - runs[2 * run]
                runsInCluster += 1
                end = runs[2 * run + 1]
            }
            // A uniform cluster that stopped at a different separator may begin again at its last run.
            if !(separatorChanged && run > firstRun) { run += 1 }
            guard classBytes >= group.smallestMinimum else { continue }
            if let followedBy = group.followedBy, end < count, !followedBy[Int(bytes[end])] { continue }
            if group.minimumLetters > 0, let letterBit,
                ByteClassScanner.count(classes, start, end, bit: letterBit) < group.minimumLetters
            {
                continue
            }
            if runsInCluster < group.minimumRuns {
                guard group.compressed,
                    wideGap || Self.separatorsInARow(bytes, from: start - group.gap, count: count, group: group)
                        || Self.separatorsInARow(bytes, from: end, count: count, group: group)
                else { continue }
            }
            for index in group.memberStart..<group.memberEnd where classBytes >= members[index].minimum {
                hits.append(members[index].detector, start, end)
            }
        }
    }

    /// Looks every word (a run of letters and UTF-8 bytes) up in every word group.
    private func scanWords(
        _ bytes: UnsafePointer<UInt8>, runs: UnsafePointer<Int>, runCount: Int, hits: inout HitList
    ) {
        for run in 0..<runCount {
            let start = runs[2 * run]
            let end = runs[2 * run + 1]
            let capitalized = bytes[start] >= 0x41 && bytes[start] <= 0x5A
            for groupIndex in 0..<wordGroupCount {
                let group = wordGroups[groupIndex]
                guard capitalized || !group.capitalized else { continue }
                let found =
                    group.suffix
                    ? group.table.containsSuffix(of: bytes + start, end - start)
                    : group.table.contains(bytes + start, end - start)
                guard found else { continue }
                for member in group.memberStart..<group.memberEnd { hits.append(wordMembers[member], start, end) }
            }
        }
    }
}

/// Keeps a `WordTable`'s memory alive inside the prefilter's storage list.
private final class WordTableBox {
    let table: WordTable

    init(_ table: WordTable) {
        self.table = table
    }
}
