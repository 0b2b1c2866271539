/// Raises or lowers a candidate's confidence from the words in a window either side of the match.
package enum ContextScorer {
    /// The confidence after context: +boost if a positive term is near, −penalty if a negative one is; when
    /// both are, the nearer one decides and a tie goes to the negative (`SIN: 046 454 286` stays a SIN although
    /// "invoice" is farther along its line). Only terms in the match's own line and sentence count
    /// (`SSN: 536-22-1234` then `Order shipped` on the next line, or `Invoice sent. SIN 046 454 286`), except
    /// that a match with nothing but punctuation before it on its line reads the line above, a label alone on
    /// its line, at `lineBreakDistance` bytes farther.
    package static func score(
        _ confidence: Double, rule: ContextRule, buffer: UnsafeBufferPointer<UInt8>, start: Int, end: Int
    ) -> Double {
        guard !rule.isEmpty else { return confidence }
        let clause = Clause(buffer, start, end, rule.window)
        let positive = rule.positive.isEmpty ? nil : distance(rule.positive, buffer, clause)
        let negative = rule.negative.isEmpty ? nil : distance(rule.negative, buffer, clause)
        var result = confidence
        switch (positive, negative) {
        case (let near?, let far?) where near < far: result += rule.boost
        case (_, .some): result -= rule.penalty
        case (.some, nil): result += rule.boost
        case (nil, nil): break
        }
        return min(1, max(0, result))
    }

    /// The bytes read around a match: from `lower` (the clause's start, on a word boundary) to the match's
    /// `start`, and from its `end` to `upper` (the clause's end); `linesAbove` is 1 when the line above is read.
    struct Clause {
        let lower: Int
        let start: Int
        let end: Int
        let upper: Int
        let linesAbove: Int

        init(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ window: Int) {
            let (clauseStart, linesAbove) = ContextText.clauseStart(
                buffer, before: start, limit: max(0, start - window))
            lower = ContextText.wordBoundary(buffer, atOrAfter: clauseStart)
            upper = ContextText.clauseEnd(buffer, after: end, limit: min(buffer.count, end + window))
            self.start = start
            self.end = end
            self.linesAbove = linesAbove
        }
    }

    /// What reading the line above adds to a term's distance.
    static let lineBreakDistance = 64

    /// What each comma or semicolon between a term and the match adds to its distance: a label binds to the
    /// value it introduces, not to one across a clause or cell boundary (`Geburtsdatum: 12.03.1975, ausgestellt
    /// 2020` is a birth date, `Rechnung vom 03.05.1961, geboren …` is not).
    static let commaDistance = 16

    private static func commas(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        buffer[range].count { $0 == 0x2C || $0 == 0x3B }
    }

    /// Bytes between the match and the nearest term within `window` on either side, in the match's clause
    /// (`ContextText.clauseStart`, `clauseEnd`), plus `lineBreakDistance` for a term on the line above and
    /// `commaDistance` per comma or semicolon between them; nil when none is there.
    static func distance(
        _ terms: ContextRule.Terms, _ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ window: Int
    ) -> Int? {
        distance(terms, buffer, Clause(buffer, start, end, window))
    }

    private static func distance(
        _ terms: ContextRule.Terms, _ buffer: UnsafeBufferPointer<UInt8>, _ clause: Clause
    ) -> Int? {
        let start = clause.start
        let end = clause.end
        let before = nearest(terms, buffer, clause.lower..<start, fromEnd: true).map { found in
            let crossed = clause.linesAbove > 0 && buffer[found.upperBound..<start].contains(0x0A)
            return start - found.upperBound + (crossed ? lineBreakDistance : 0)
                + commas(buffer, found.upperBound..<start) * commaDistance
        }
        let after = nearest(terms, buffer, end..<clause.upper, fromEnd: false).map {
            $0.lowerBound - end + commas(buffer, end..<$0.lowerBound) * commaDistance
        }
        switch (before, after) {
        case (let left?, let right?): return min(left, right)
        default: return before ?? after
        }
    }

    /// The term occurrence starting inside `range` nearest its end (`fromEnd`, and ending inside it too) or
    /// its start.
    private static func nearest(
        _ terms: ContextRule.Terms, _ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, fromEnd: Bool
    ) -> Range<Int>? {
        var best: Range<Int>?
        var index = range.lowerBound
        while let word = ContextText.nextWord(buffer, from: index, limit: range.upperBound) {
            index = word.upperBound
            if fromEnd && word.upperBound > range.upperBound { break }
            guard let found = occurrence(terms, buffer, at: word, limit: range.upperBound) else { continue }
            if !fromEnd { return found }
            if found.upperBound <= range.upperBound && found.upperBound > (best?.upperBound ?? -1) { best = found }
        }
        return best
    }

    /// The term starting with `word`, a single word or a phrase whose words start before `limit`.
    private static func occurrence(
        _ terms: ContextRule.Terms, _ buffer: UnsafeBufferPointer<UInt8>, at word: Range<Int>, limit: Int
    ) -> Range<Int>? {
        ContextText.withFolded(buffer, word) { folded -> Range<Int>? in
            guard let folded, let base = folded.baseAddress, !folded.isEmpty else { return nil }
            let lists = terms.words.raw.lists(holding: base, folded.count)
            if lists & ContextRule.Terms.singleWord != 0 { return word }
            guard lists & ContextRule.Terms.phraseStart != 0 else { return nil }
            for phrase in terms.phrases where equal(folded, phrase[0]) {
                if let end = phraseEnd(phrase, buffer, after: word.upperBound, limit: limit) {
                    return word.lowerBound..<end
                }
            }
            return nil
        }
    }

    /// Where the rest of `phrase` ends when its words follow `index`, each after one to four bytes of spaces
    /// or punctuation on the same line (`date of birth`, `date_of_birth`, `N° de passeport`); nil when they
    /// do not.
    private static func phraseEnd(
        _ phrase: [[UInt8]], _ buffer: UnsafeBufferPointer<UInt8>, after index: Int, limit: Int
    ) -> Int? {
        var position = index
        for part in phrase.dropFirst() {
            let gapStart = position
            while position < buffer.count && position - gapStart < 4 && buffer[position] != 0x0A {
                let skip = ContextText.separatorLength(buffer, at: position)
                guard skip > 0 else { break }
                position += skip
            }
            guard position > gapStart, position < limit, ContextText.separatorLength(buffer, at: position) == 0,
                let word = ContextText.nextWord(buffer, from: position, limit: position + 1),
                ContextText.withFolded(buffer, word, { $0.map { equal($0, part) } ?? false })
            else { return nil }
            position = word.upperBound
        }
        return position
    }

    private static func equal(_ word: UnsafeBufferPointer<UInt8>, _ term: [UInt8]) -> Bool {
        guard word.count == term.count else { return false }
        for index in 0..<term.count where asciiLowercased(word[index]) != term[index] { return false }
        return true
    }
}
