/// Reading context around a match the way a person does, on bytes: where its line or sentence begins and ends,
/// which bytes form words (`Téléphone`, `Straße`; not the no-break space, `°`, `«»` or curly quotes around
/// them), and whether a word equals a context term ignoring case and accents.
enum ContextText {
    /// Where the clause holding `start` begins, searching back no farther than `limit`: after the previous line
    /// break, sentence end or cell delimiter, or at the start of the cell before that delimiter when that cell
    /// is a label (`SIN,171147101`; not `SKU-65609,46,3129 Sunset Boulevard` or `"version":"9.34","email":…`).
    /// When nothing but spaces and punctuation precede the match on its line, the line above is part of it, cells
    /// and all (a label alone on its line: `Passport number:` then the number; a CSV header above a first cell),
    /// and the second value tells how many line breaks were crossed.
    static func clauseStart(_ buffer: UnsafeBufferPointer<UInt8>, before start: Int, limit: Int) -> (Int, Int) {
        var index = start
        var lineBreaks = 0
        var wordsOnLine = false
        while index > limit {
            let byte = buffer[index - 1]
            if byte == 0x0A {
                guard lineBreaks == 0, !wordsOnLine else { return (index, lineBreaks) }
                lineBreaks = 1
            } else if mayEndSentence(byte) && isSentenceEnd(buffer, at: index - 1) {
                return (index, lineBreaks)
            } else if lineBreaks == 0 && isCellDelimiter(buffer, at: index - 1) {
                return (labelCellStart(buffer, before: index - 1, limit: limit) ?? index, lineBreaks)
            } else if lineBreaks == 0 && (isASCIILetter(byte) || byte >= 0x80 || isDigit(byte)) {
                wordsOnLine = true
            }
            index -= 1
        }
        return (limit, lineBreaks)
    }

    /// Where the clause holding `end` ends, searching no farther than `limit`: at the next line break, sentence
    /// end or cell delimiter.
    static func clauseEnd(_ buffer: UnsafeBufferPointer<UInt8>, after end: Int, limit: Int) -> Int {
        var index = end
        while index < limit {
            let byte = buffer[index]
            if byte == 0x0A || (mayEndSentence(byte) && isSentenceEnd(buffer, at: index))
                || isCellDelimiter(buffer, at: index)
            {
                return index
            }
            index += 1
        }
        return limit
    }

    /// Whether the byte at `index` separates cells: a tab, or a comma, semicolon or `|` glued to what follows
    /// (`4711,Anna,536221234`, `"a":1,"b":2`). A comma before a space parts clauses of one sentence instead.
    @inline(__always)
    static func isCellDelimiter(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = buffer[index]
        if byte == 0x09 { return true }
        guard byte == 0x2C || byte == 0x3B || byte == 0x7C, index + 1 < buffer.count else { return false }
        let next = buffer[index + 1]
        return next != 0x20 && next != 0x0A && next != 0x0D
    }

    /// Where the cell ending at the delimiter `index` starts, when it holds no digit (a label such as `SIN`,
    /// `"passport"` or `Telefon`); nil when it holds one (a value, like every other cell of a record).
    private static func labelCellStart(_ buffer: UnsafeBufferPointer<UInt8>, before index: Int, limit: Int) -> Int? {
        var position = index
        while position > limit {
            let byte = buffer[position - 1]
            if byte == 0x0A || isCellDelimiter(buffer, at: position - 1) { break }
            if isDigit(byte) { return nil }
            position -= 1
        }
        return position
    }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= 0x30 && byte <= 0x39
    }

    @inline(__always)
    private static func mayEndSentence(_ byte: UInt8) -> Bool {
        byte == 0x2E || byte == 0x21 || byte == 0x3F
    }

    /// Whether the byte at `index` ends a sentence: `!` or `?` before a space, or `.` before spaces and a
    /// capital or a digit, after a number or a word of four letters or more (`Passport No. C01X00T47`,
    /// `Geb. Datum`, `Mr. Smith` and `Tel. 030 …` go on).
    static func isSentenceEnd(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = buffer[index]
        guard byte == 0x2E || byte == 0x21 || byte == 0x3F, index + 1 < buffer.count else { return false }
        let next = buffer[index + 1]
        guard next == 0x20 || next == 0x09 || next == 0x0D else { return false }
        guard byte == 0x2E else { return true }
        var after = index + 1
        while after < buffer.count && (buffer[after] == 0x20 || buffer[after] == 0x09) { after += 1 }
        guard after < buffer.count else { return false }
        let first = buffer[after]
        guard (first >= 0x41 && first <= 0x5A) || first >= 0xC3 || isDigit(first) else { return false }
        var before = index
        while before > 0 && isASCIILetter(buffer[before - 1]) && index - before < 4 { before -= 1 }
        return index - before >= 4 || (index > 0 && isDigit(buffer[index - 1]) && before == index)
    }

    /// How many bytes of the character at `index` are no part of a word (0 when it is a word byte): ASCII
    /// non-letters, Latin-1 punctuation and symbols (U+0080–U+00BF: no-break space, `°`, `«`, `»`), `×`, `÷`
    /// and general punctuation (U+2000–U+206F: narrow no-break space, dashes, curly quotes).
    @inline(__always)
    static func separatorLength(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = buffer[index]
        if byte < 0x80 { return isASCIILetter(byte) ? 0 : 1 }
        guard index + 1 < buffer.count else { return 0 }
        let next = buffer[index + 1]
        if byte == 0xC2 && next >= 0x80 && next <= 0xBF { return 2 }
        if byte == 0xC3 && (next == 0x97 || next == 0xB7) { return 2 }
        if byte == 0xE2 && (next == 0x80 || next == 0x81) && index + 2 < buffer.count { return 3 }
        return 0
    }

    /// The next word starting inside `from..<limit`; it may run past `limit` (a word is never cut in two).
    static func nextWord(_ buffer: UnsafeBufferPointer<UInt8>, from: Int, limit: Int) -> Range<Int>? {
        var index = from
        while index < limit {
            let skip = separatorLength(buffer, at: index)
            guard skip > 0 else { break }
            index += skip
        }
        guard index < limit else { return nil }
        let start = index
        while index < buffer.count && separatorLength(buffer, at: index) == 0 { index += 1 }
        return start..<index
    }

    /// Where a search for words may begin at `index` without starting inside a word that began before it.
    static func wordBoundary(_ buffer: UnsafeBufferPointer<UInt8>, atOrAfter index: Int) -> Int {
        guard index > 0 else { return index }
        var position = index
        while position < buffer.count && separatorLength(buffer, at: position) == 0
            && separatorLength(buffer, at: position - 1) == 0
        {
            position += 1
        }
        return position
    }

    /// Longest word compared: longer ones are no context term.
    static let longestWord = 64

    /// Calls `body` with the word's bytes folded like names (lowercase ASCII, accents dropped: `Téléphone` →
    /// `telephone`, `STRASSE` and `Straße` → `strasse`), or with nil when the word is too long.
    static func withFolded<Result>(
        _ buffer: UnsafeBufferPointer<UInt8>, _ word: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>?) -> Result
    ) -> Result {
        guard word.count <= longestWord else { return body(nil) }
        let source = UnsafeBufferPointer(rebasing: buffer[word])
        guard source.contains(where: { $0 >= 0x80 }) else { return body(source) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: longestWord * 2) { scratch in
            guard let length = NameFolding.fold(source, into: scratch) else { return body(nil) }
            return body(UnsafeBufferPointer(rebasing: scratch[0..<length]))
        }
    }

    /// A term split into words the way text is (`carte d'identité` → `carte`, `d`, `identite`), each folded as
    /// `withFolded` folds the words it is compared with.
    static func foldedWords(_ term: String) -> [[UInt8]] {
        let bytes = Array(term.utf8)
        return bytes.withUnsafeBufferPointer { source in
            var words: [[UInt8]] = []
            var index = 0
            while let word = nextWord(source, from: index, limit: source.count) {
                index = word.upperBound
                withFolded(source, word) { folded in
                    if let folded { words.append(folded.map(asciiLowercased)) }
                }
            }
            return words
        }
    }
}
