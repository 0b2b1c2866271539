/// The byte and word passes of the prefilter.
extension Prefilter {
    /// Hits every owner of each trigger byte.
    func scanBytes(
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

    /// Looks every word (a run of letters and UTF-8 bytes) up once in the any-case exact-word table, once more
    /// in the capitalised-only table when it is capitalised, then in each suffix group.
    func scanWords(
        _ bytes: UnsafePointer<UInt8>, runs: UnsafePointer<Int>, runCount: Int, hits: inout HitList
    ) {
        for run in 0..<runCount {
            let start = runs[2 * run]
            let end = runs[2 * run + 1]
            let capitalized = bytes[start] >= 0x41 && bytes[start] <= 0x5A
            if anyCaseGroupCount > 0 {
                let lists = anyCaseWords.lists(holding: bytes + start, end - start)
                hitGroups(lists, from: 0, start, end, hits: &hits)
            }
            if capitalized && capitalizedGroupCount > 0 {
                let lists = capitalizedWords.lists(holding: bytes + start, end - start)
                hitGroups(lists, from: anyCaseGroupCount, start, end, hits: &hits)
            }
            for groupIndex in (anyCaseGroupCount + capitalizedGroupCount)..<wordGroupCount {
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

    /// Hits every member of the groups whose bits are set in `lists` (bit g: `wordGroups[first + g]`).
    @inline(__always)
    private func hitGroups(_ lists: UInt64, from first: Int, _ start: Int, _ end: Int, hits: inout HitList) {
        var remaining = lists
        while remaining != 0 {
            let group = wordGroups[first + remaining.trailingZeroBitCount]
            remaining &= remaining - 1
            for member in group.memberStart..<group.memberEnd { hits.append(wordMembers[member], start, end) }
        }
    }
}
