/// The cluster pass of the prefilter: chains of class-byte runs, split per cluster group.
extension Prefilter {
    /// Whether the `group.gap` bytes from `from` lie in the buffer and are all separators (IPv6 `::`).
    static func separatorsInARow(
        _ bytes: UnsafePointer<UInt8>, from: Int, count: Int, group: ClusterGroup
    ) -> Bool {
        guard from >= 0, from + group.gap <= count else { return false }
        for index in from..<(from + group.gap) where !group.separators[Int(bytes[index])] { return false }
        return true
    }

    /// The separator bits of the bytes between two runs (`end..<nextStart`) when they are 1...gap separators;
    /// 0 when the runs do not join.
    @inline(__always)
    static func joiningBits(
        _ bytes: UnsafePointer<UInt8>, _ end: Int, _ nextStart: Int, gap: Int, _ bits: UnsafePointer<UInt64>
    ) -> UInt64 {
        let distance = nextStart - end
        guard distance >= 1, distance <= gap else { return 0 }
        var found: UInt64 = 0
        for index in end..<nextStart {
            let bit = bits[Int(bytes[index])]
            if bit == 0 { return 0 }
            found |= bit
        }
        return found
    }

    /// Finds chains of runs with the union separators; hands chains big enough to the groups.
    /// `gaps[i]` receives the separator bits of the gap after run i when it joins the next run of the chain.
    func scanChains(
        _ bytes: UnsafePointer<UInt8>, count: Int, runs: UnsafePointer<Int>, runCount: Int,
        gaps: UnsafeMutablePointer<UInt64>, plan: ClassPlan,
        hits: inout HitList
    ) {
        var run = 0
        while run < runCount {
            let first = run
            var classBytes = runs[2 * run + 1] - runs[2 * run]
            var longestRun = classBytes
            var chainSeparators: UInt64 = 0
            while run + 1 < runCount {
                let joined = Self.joiningBits(
                    bytes, runs[2 * run + 1], runs[2 * run + 2], gap: plan.largestGap, plan.separatorBits)
                guard joined != 0 else { break }
                gaps[run] = joined
                run += 1
                let length = runs[2 * run + 1] - runs[2 * run]
                classBytes += length
                longestRun = max(longestRun, length)
                chainSeparators |= joined
            }
            let last = run
            run += 1
            guard classBytes >= plan.smallestMinimum else { continue }
            var groups = plan.index.groups(
                classBytes: classBytes, runCount: last - first + 1, longestRun: longestRun,
                separators: chainSeparators)
            while groups != 0 {
                let group = plan.groups[groups.trailingZeroBitCount]
                groups &= groups - 1
                scanClusters(
                    bytes, plan: plan, count: count, runs: runs, gaps: gaps, first: first, last: last,
                    group: group, hits: &hits)
            }
        }
    }

    /// Within one chain, joins runs separated by 1...gap of the group's own separators into clusters and
    /// reports the clusters big enough for each member. The gaps are judged by the separator bits the chain
    /// recorded (one bit per separator byte, so a gap of one repeated byte has a single bit), not by rereading
    /// their bytes.
    func scanClusters(
        _ bytes: UnsafePointer<UInt8>, plan: ClassPlan, count: Int,
        runs: UnsafePointer<Int>, gaps: UnsafePointer<UInt64>, first: Int, last: Int,
        group: ClusterGroup, hits: inout HitList
    ) {
        let foreignSeparators = ~group.separatorMask
        var run = first
        while run <= last {
            let start = runs[2 * run]
            var end = runs[2 * run + 1]
            var classBytes = end - start
            var longestRun = classBytes
            var runsInCluster = 1
            var wideGap = false
            var narrowGapsOnly = true
            var separator: UInt64 = 0
            var separatorChanged = false
            let firstRun = run
            while run + 1 <= last {
                let gapBits = gaps[run]
                guard runs[2 * run + 2] - end <= group.gap, gapBits & foreignSeparators == 0 else { break }
                if group.uniform {
                    guard gapBits & (gapBits - 1) == 0, separator == 0 || separator == gapBits else {
                        separatorChanged = true
                        break
                    }
                    separator = gapBits
                }
                run += 1
                let gapWidth = runs[2 * run] - end
                wideGap = wideGap || gapWidth == group.gap
                narrowGapsOnly = narrowGapsOnly && gapWidth == 1
                let length = runs[2 * run + 1] - runs[2 * run]
                classBytes += length
                longestRun = max(longestRun, length)
                runsInCluster += 1
                end = runs[2 * run + 1]
            }
            // A uniform cluster that stopped at a different separator may begin again at its last run.
            if !(separatorChanged && run > firstRun) { run += 1 }
            guard classBytes >= group.smallestMinimum, longestRun <= group.maximumRun else { continue }
            if group.standalone, narrowGapsOnly, start > 0, isASCIILetter(bytes[start - 1]) { continue }
            if let followedBy = group.followedBy, end < count, !followedBy[Int(bytes[end])] { continue }
            if group.minimumLetters > 0, let letters = plan.letters,
                ByteClassScanner.count(bytes, start, end, in: letters) < group.minimumLetters
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
}
