/// One migration file lexed once, for turning the parser's byte locations into origins: the token at an
/// offset, the first line of a statement, and where a name is written when the parse tree gives no location.
struct MigrationSourceText {
    let file: MigrationFile
    let lines: LineIndex
    /// The tokens that are not comments, in order.
    let tokens: [SQLToken]

    init(_ file: MigrationFile) {
        self.file = file
        lines = LineIndex(file.bytes)
        tokens = SQLLexer(file.bytes).tokens().filter { !$0.isComment }
    }

    /// The origin of the token starting at (or holding) `offset`.
    func origin(at offset: Int) -> ColumnOrigin {
        let index = tokenIndex(atOrAfter: offset)
        let token = index < tokens.count && tokens[index].start == offset ? tokens[index] : nil
        return ColumnOrigin(
            file: file, line: lines.line(of: offset), column: lines.column(of: offset), offset: offset,
            length: token.map { $0.end - $0.start } ?? 0)
    }

    /// The origin of the last token in `range` that names `name` (unquoted words fold to lower case, as
    /// PostgreSQL folds them), else of the range's first token.
    func origin(ofLast name: String, in range: Range<Int>) -> ColumnOrigin {
        var index = tokenIndex(atOrAfter: range.upperBound) - 1
        while index >= 0 && tokens[index].start >= range.lowerBound {
            if self.name(tokens[index]) == name { return origin(at: tokens[index].start) }
            index -= 1
        }
        return origin(at: firstToken(in: range))
    }

    /// Where the first token in `range` starts (the statement itself, not the comments before it).
    func firstToken(in range: Range<Int>) -> Int {
        let index = tokenIndex(atOrAfter: range.lowerBound)
        return index < tokens.count && tokens[index].start < range.upperBound ? tokens[index].start : range.lowerBound
    }

    /// The line holding `offset`, without its line break, each string literal in it shown as `'…'` (a
    /// migration's literals can be personal data).
    func redactedLine(at offset: Int) -> String {
        let bytes = file.bytes
        var start = min(offset, bytes.count)
        while start > 0 && bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
        var end = start
        while end < bytes.count && bytes[end] != UInt8(ascii: "\n") && bytes[end] != UInt8(ascii: "\r") { end += 1 }
        var text: [UInt8] = []
        var position = start
        for token in tokens where token.kind == .string && token.end > start && token.start < end {
            text += bytes[position..<max(position, token.start)] + Array("'…'".utf8)
            position = min(token.end, end)
        }
        text += bytes[min(position, end)..<end]
        return String(decoding: text, as: UTF8.self)
    }

    /// The identifier a token stands for, folded as PostgreSQL folds it.
    private func name(_ token: SQLToken) -> String? {
        let text = String(decoding: file.bytes[token.start..<token.end], as: UTF8.self)
        switch token.kind {
        case .word: return text.lowercased()
        case .quotedIdentifier:
            guard text.count >= 2 else { return nil }
            return String(text.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
        default: return nil
        }
    }

    private func tokenIndex(atOrAfter offset: Int) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].start < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

extension MigrationSourceText {
    /// Where the statement holding `offset` starts: the first token after the last top-level `;` before it.
    func statementStart(before offset: Int) -> Int {
        var start = tokens.first?.start ?? 0
        for token in tokens where token.start < offset {
            if token.kind == .punctuation && file.bytes[token.start] == UInt8(ascii: ";") { start = token.end }
        }
        return firstToken(in: start..<max(offset + 1, start + 1))
    }
}
