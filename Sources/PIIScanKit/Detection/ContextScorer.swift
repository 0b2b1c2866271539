/// Raises or lowers a candidate's confidence from the words in a window either side of the match.
package enum ContextScorer {
    /// The confidence after context: +boost if a positive term is near, −penalty if a negative one is.
    package static func score(
        _ confidence: Double, rule: ContextRule, buffer: UnsafeBufferPointer<UInt8>, start: Int, end: Int
    ) -> Double {
        guard !rule.isEmpty else { return confidence }
        let lower = max(0, start - rule.window)
        let upper = min(buffer.count, end + rule.window)
        var result = confidence
        if !rule.positive.isEmpty,
            contains(rule.positive, buffer, lower..<start) || contains(rule.positive, buffer, end..<upper)
        {
            result += rule.boost
        }
        if !rule.negative.isEmpty,
            contains(rule.negative, buffer, lower..<start) || contains(rule.negative, buffer, end..<upper)
        {
            result -= rule.penalty
        }
        return min(1, max(0, result))
    }

    /// Whether any term occurs as a whole word (or phrase) inside `range`.
    static func contains(_ terms: ContextRule.Terms, _ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool
    {
        guard let base = buffer.baseAddress, !range.isEmpty else { return false }
        if terms.words.count > 0 {
            var index = range.lowerBound
            while index < range.upperBound {
                guard ByteTable.wordBytes[buffer[index]] else {
                    index += 1
                    continue
                }
                let start = index
                while index < range.upperBound && ByteTable.wordBytes[buffer[index]] { index += 1 }
                if terms.words.contains(base + start, index - start) { return true }
            }
        }
        for phrase in terms.phrases where containsPhrase(phrase, buffer, range) { return true }
        return false
    }

    private static func containsPhrase(
        _ phrase: [UInt8], _ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
    ) -> Bool {
        guard range.count >= phrase.count else { return false }
        for start in range.lowerBound...(range.upperBound - phrase.count) {
            if start > 0 && ByteTable.wordBytes[buffer[start - 1]] { continue }
            var equal = true
            for offset in 0..<phrase.count where asciiLowercased(buffer[start + offset]) != phrase[offset] {
                equal = false
                break
            }
            guard equal else { continue }
            let after = start + phrase.count
            if after < buffer.count && ByteTable.wordBytes[buffer[after]] { continue }
            return true
        }
        return false
    }
}
