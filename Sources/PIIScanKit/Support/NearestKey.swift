/// Suggests the known key closest to a misspelt one, by Levenshtein edit distance.
enum NearestKey {
    /// The candidate nearest to `key`, if it is within a third of the key's length (at least 2 edits).
    static func suggestion(for key: String, among candidates: some Sequence<String>) -> String? {
        let limit = max(2, key.count / 3)
        var best: (key: String, distance: Int)?
        for candidate in candidates.sorted() {
            let distance = editDistance(Array(key.utf8), Array(candidate.utf8))
            if distance <= limit && distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best?.key
    }

    /// Levenshtein distance between two byte strings (insertions, deletions and substitutions cost 1).
    static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
