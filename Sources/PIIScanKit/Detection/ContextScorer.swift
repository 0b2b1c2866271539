/// Raises or lowers a candidate's confidence from the words in a window either side of the match.
package enum ContextScorer {
    /// The confidence after context: +boost if a positive term is near, −penalty if a negative one is; when
    /// both are, the nearer one decides and a tie goes to the negative (`SIN: 046 454 286` stays a SIN although
    /// "invoice" ends the sentence before it). A term on another line counts as `lineBreakDistance` bytes
    /// farther per line break, so the label right before a value outweighs a word on the next line
    /// (`SSN: 536-22-1234` then `Order shipped`), while a label alone on the line above still counts.
    package static func score(
        _ confidence: Double, rule: ContextRule, buffer: UnsafeBufferPointer<UInt8>, start: Int, end: Int
    ) -> Double {
        guard !rule.isEmpty else { return confidence }
        let positive = rule.positive.isEmpty ? nil : distance(rule.positive, buffer, start, end, rule.window)
        let negative = rule.negative.isEmpty ? nil : distance(rule.negative, buffer, start, end, rule.window)
        var result = confidence
        switch (positive, negative) {
        case (let near?, let far?) where near < far: result += rule.boost
        case (_, .some): result -= rule.penalty
        case (.some, nil): result += rule.boost
        case (nil, nil): break
        }
        return min(1, max(0, result))
    }

    /// What crossing one line break adds to a term's distance.
    static let lineBreakDistance = 64

    /// Bytes between the match and the nearest term within `window` on either side, plus `lineBreakDistance`
    /// per line break between them; nil when none is there.
    static func distance(
        _ terms: ContextRule.Terms, _ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ window: Int
    ) -> Int? {
        let before = nearest(terms, buffer, max(0, start - window)..<start, fromEnd: true).map {
            start - $0.upperBound + lineBreaks(buffer, $0.upperBound..<start) * lineBreakDistance
        }
        let after = nearest(terms, buffer, end..<min(buffer.count, end + window), fromEnd: false).map {
            $0.lowerBound - end + lineBreaks(buffer, end..<$0.lowerBound) * lineBreakDistance
        }
        switch (before, after) {
        case (let left?, let right?): return min(left, right)
        default: return before ?? after
        }
    }

    private static func lineBreaks(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        buffer[range].count { $0 == 0x0A }
    }

    /// The term occurrence inside `range` nearest its end (`fromEnd`) or its start.
    private static func nearest(
        _ terms: ContextRule.Terms, _ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, fromEnd: Bool
    ) -> Range<Int>? {
        guard let base = buffer.baseAddress, !range.isEmpty else { return nil }
        var best: Range<Int>?
        func consider(_ found: Range<Int>) {
            guard let current = best else { return best = found }
            if fromEnd ? found.upperBound > current.upperBound : found.lowerBound < current.lowerBound { best = found }
        }
        if terms.words.count > 0 {
            var index = range.lowerBound
            while index < range.upperBound {
                guard ByteTable.wordBytes[buffer[index]] else {
                    index += 1
                    continue
                }
                let start = index
                while index < range.upperBound && ByteTable.wordBytes[buffer[index]] { index += 1 }
                if terms.words.contains(base + start, index - start) {
                    consider(start..<index)
                    if !fromEnd { break }
                }
            }
        }
        for phrase in terms.phrases {
            if let found = findPhrase(phrase, buffer, range, fromEnd: fromEnd) { consider(found) }
        }
        return best
    }

    /// The occurrence of `phrase` inside `range` nearest its end (`fromEnd`) or its start, as a whole phrase.
    private static func findPhrase(
        _ phrase: [UInt8], _ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, fromEnd: Bool
    ) -> Range<Int>? {
        guard range.count >= phrase.count else { return nil }
        let first = fromEnd ? range.upperBound - phrase.count : range.lowerBound
        let last = fromEnd ? range.lowerBound : range.upperBound - phrase.count
        for start in stride(from: first, through: last, by: fromEnd ? -1 : 1) {
            if start > 0 && ByteTable.wordBytes[buffer[start - 1]] { continue }
            var equal = true
            for offset in 0..<phrase.count where asciiLowercased(buffer[start + offset]) != phrase[offset] {
                equal = false
                break
            }
            guard equal else { continue }
            let after = start + phrase.count
            if after < buffer.count && ByteTable.wordBytes[buffer[after]] { continue }
            return start..<after
        }
        return nil
    }
}
