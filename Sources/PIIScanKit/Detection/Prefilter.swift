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
        /// The `separatorBits` of this group's separators.
        var separatorMask: UInt64
        var smallestMinimum: Int
        var minimumRuns: Int
        var minimumLetters: Int
        /// Bytes allowed right after the cluster; nil for any.
        var followedBy: UnsafePointer<Bool>?
        var compressed: Bool
        var uniform: Bool
        var maximumRun: Int
        var standalone: Bool
        var memberStart: Int
        var memberEnd: Int

        /// The fewest bytes a cluster of this group spans: its class bytes, plus a separator between each two of
        /// the runs it needs (a compressed cluster may need a single run).
        var smallestSpan: Int { smallestMinimum + (compressed ? 0 : max(minimumRuns, 1) - 1) }
    }

    /// All cluster groups of one byte class. Chains of runs are first found with the union of the groups'
    /// separators and the largest gap: a chain with fewer class bytes than the smallest minimum (nearly every
    /// number in a log line) is dismissed at once, and only the rest is split, per group that `index` says
    /// the chain can feed.
    struct ClassPlan: BitwiseCopyable {
        var bit: ByteClassScanner.Bit
        /// The class's bytes and its groups' separators.
        var stretchBit: ByteClassScanner.Bit
        /// The bytes a group's `minimumLetters` counts; nil for digits.
        var letters: UnsafePointer<Bool>?
        /// Per byte value: 0 for a byte that separates no group's runs, else one bit naming the byte (the catalog
        /// loader allows at most 64 separator bytes per class, so every byte has a bit of its own).
        var separatorBits: UnsafePointer<UInt64>
        var largestGap: Int
        var smallestMinimum: Int
        /// The fewest bytes any cluster of any group spans: class bytes plus one separator per join it needs.
        var smallestSpan: Int
        var groups: UnsafePointer<ClusterGroup>
        var groupCount: Int
        var index: ClusterGroupIndex
    }

    /// Detectors sharing one word list; `wordMembers[memberStart..<memberEnd]`.
    struct WordGroup: BitwiseCopyable {
        var table: RawWordTable
        var capitalized: Bool
        var suffix: Bool
        var memberStart: Int
        var memberEnd: Int
    }

    /// The most separator bytes the cluster triggers of one class may use together: each needs a bit of a
    /// `UInt64` (see `ClassPlan.separatorBits`).
    static let maximumSeparatorsPerClass = 64

    /// Owns every buffer the pointers below point into.
    let storage: [AnyObject]
    /// Class bits per byte value (see `ByteClassScanner`), with this catalog's trigger bytes marked.
    let classTable: UnsafePointer<UInt8>
    let hasByteTriggers: Bool
    let byteOwnerStart: UnsafePointer<Int>
    let byteOwners: UnsafePointer<Int>
    let plans: UnsafePointer<ClassPlan>
    let planCount: Int
    let members: UnsafePointer<Member>
    /// Exact-word groups first: any-case ones (`anyCaseGroupCount`, in `anyCaseWords`), then capitalised-only
    /// ones (`capitalizedGroupCount`, in `capitalizedWords`); then suffix groups (and exact groups past 64).
    let wordGroups: UnsafePointer<WordGroup>
    let wordGroupCount: Int
    let wordMembers: UnsafePointer<Int>
    /// The exact-word groups' words in two tables, so a word is hashed at most twice whatever the number of
    /// groups, and a lowercase word never meets the big capitalised-only lists (given names). Bit g of an
    /// any-case mask names `wordGroups[g]`; of a capitalised mask, `wordGroups[anyCaseGroupCount + g]`.
    let anyCaseWords: RawWordTable
    let anyCaseGroupCount: Int
    let capitalizedWords: RawWordTable
    let capitalizedGroupCount: Int
    /// The shortest word of any word group (suffix groups included): shorter words, such as the one-letter
    /// fragments of hex ids (a third of the words of the benchmark corpus), are never listed.
    let shortestWord: Int

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
        var separators: [ClusterClass: ByteTable] = [:]
        for key in clusterKeys {
            let known = separators[key.byteClass] ?? ByteTable(bytes: [])
            separators[key.byteClass] = ByteTable { known[$0] || key.separators.contains($0) }
        }
        classTable = freeze(
            ByteClassScanner.classTable(
                triggerBytes: ByteTable { !byteOwnerLists[Int($0)].isEmpty }, separators: separators))
        byteOwnerStart = freeze(
            byteOwnerLists.reduce(into: [0]) { starts, owners in starts.append(starts.last! + owners.count) })
        byteOwners = freeze(byteOwnerLists.flatMap { $0 })

        var flatMembers: [Member] = []
        var classPlans: [ClassPlan] = []
        for cls in ClusterClass.allCases {
            let keys = clusterKeys.filter { $0.byteClass == cls }
            guard !keys.isEmpty else { continue }
            var separatorBits = [UInt64](repeating: 0, count: 256)
            for (index, byte) in Set(keys.flatMap(\.separators)).sorted().enumerated() {
                separatorBits[Int(byte)] = 1 << UInt64(index)
            }
            var groups: [ClusterGroup] = []
            for key in keys {
                let keyMembers = clusterMembers[key]!
                groups.append(
                    ClusterGroup(
                        separators: freeze(ByteTable(bytes: key.separators).flags), gap: key.gap,
                        separatorMask: key.separators.reduce(0) { $0 | separatorBits[Int($1)] },
                        smallestMinimum: keyMembers.map(\.minimum).min()!, minimumRuns: key.minimumRuns,
                        minimumLetters: key.minimumLetters,
                        followedBy: key.followedBy.isEmpty ? nil : freeze(ByteTable(bytes: key.followedBy).flags),
                        compressed: key.compressed, uniform: key.uniform, maximumRun: key.maximumRun,
                        standalone: key.standalone, memberStart: flatMembers.count,
                        memberEnd: flatMembers.count + keyMembers.count))
                flatMembers += keyMembers
            }
            classPlans.append(
                ClassPlan(
                    bit: cls.scannerBit, stretchBit: cls.scannerStretchBit,
                    letters: cls.letters.map { freeze($0.flags) },
                    separatorBits: freeze(separatorBits),
                    largestGap: keys.map(\.gap).max()!, smallestMinimum: groups.map(\.smallestMinimum).min()!,
                    smallestSpan: groups.map(\.smallestSpan).min()!,
                    groups: freeze(groups), groupCount: groups.count,
                    index: ClusterGroupIndex(groups: groups, freeze: freeze)))
        }
        plans = freeze(classPlans)
        planCount = classPlans.count
        members = freeze(flatMembers)

        var flatWordMembers: [Int] = []
        var groups: [WordGroup] = []
        let anyCaseKeys = Array(wordKeys.filter { !$0.suffix && !$0.capitalized }.prefix(64))
        let capitalizedKeys = Array(wordKeys.filter { !$0.suffix && $0.capitalized }.prefix(64))
        let anyCaseTable = WordTable(lists: anyCaseKeys.map(\.words))
        let capitalizedTable = WordTable(lists: capitalizedKeys.map(\.words))
        storage += [WordTableBox(anyCaseTable), WordTableBox(capitalizedTable)]
        anyCaseWords = anyCaseTable.raw
        anyCaseGroupCount = anyCaseKeys.count
        capitalizedWords = capitalizedTable.raw
        capitalizedGroupCount = capitalizedKeys.count
        let exactKeys = anyCaseKeys + capitalizedKeys
        for key in exactKeys + wordKeys.filter({ key in !exactKeys.contains(key) }) {
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
        shortestWord = groups.map { $0.table.lengths.trailingZeroBitCount }.min() ?? 1
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
        let gaps = scratch.gapBuffer(forBytes: count)
        for index in 0..<planCount {
            let plan = plans[index]
            let runCount = ByteClassScanner.candidateRuns(
                raw, count: count, bit: plan.bit, stretchBit: plan.stretchBit, minimum: plan.smallestSpan, into: runs)
            scanChains(bytes, count: count, runs: runs, runCount: runCount, gaps: gaps, plan: plan, hits: &hits)
        }
        if wordGroupCount > 0 {
            let runCount = ByteClassScanner.runs(
                raw, count: count, bit: .word, minimumLength: shortestWord, into: runs)
            scanWords(bytes, runs: runs, runCount: runCount, hits: &hits)
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
