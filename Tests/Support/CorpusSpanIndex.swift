/// Labelled spans grouped by file and sorted by start, for overlap look-ups while scoring.
struct CorpusSpanIndex {
    private struct Entry {
        var start: Int
        var end: Int
        var type: String
        var claimed = false
    }

    private var byPath: [String: [Entry]] = [:]

    init(_ spans: [(path: String, start: Int, end: Int, type: String)]) {
        for span in spans {
            byPath[span.path, default: []].append(Entry(start: span.start, end: span.end, type: span.type))
        }
        for path in byPath.keys { byPath[path]!.sort { ($0.start, $0.end) < ($1.start, $1.end) } }
    }

    /// Marks the first unclaimed span of `type` overlapping `start..<end` as claimed; false if there is none.
    mutating func claim(path: String, start: Int, end: Int, type: String) -> Bool {
        guard let position = unclaimed(path: path, start: start, end: end, type: type) else { return false }
        byPath[path]![position].claimed = true
        return true
    }

    private func unclaimed(path: String, start: Int, end: Int, type: String) -> Int? {
        guard let entries = byPath[path] else { return nil }
        for position in firstCandidate(entries, start: start)..<entries.count {
            if entries[position].start >= end { break }
            if entries[position].end > start && entries[position].type == type && !entries[position].claimed {
                return position
            }
        }
        return nil
    }

    /// The type of some span overlapping `start..<end`, if any.
    func kind(path: String, start: Int, end: Int) -> String? {
        guard let entries = byPath[path] else { return nil }
        for position in firstCandidate(entries, start: start)..<entries.count {
            if entries[position].start >= end { break }
            if entries[position].end > start { return entries[position].type }
        }
        return nil
    }

    /// The first entry that could overlap a span starting at `start`; labelled spans in a file never overlap,
    /// so ends are sorted like starts and a binary search on `end` is exact.
    private func firstCandidate(_ entries: [Entry], start: Int) -> Int {
        var low = 0
        var high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].end <= start { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
