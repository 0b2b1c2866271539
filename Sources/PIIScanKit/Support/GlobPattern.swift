/// A gitignore-style glob over path bytes: `*` and `?` never cross `/`, `[...]` classes (with `!` or `^` negation
/// and ranges), `\` escapes, and `**` as a whole path segment matches zero or more directories.
///
/// The matching algorithm is git's `wildmatch` with `WM_PATHNAME`, so `.gitignore` rules behave as in git.
/// Paths and patterns are raw bytes: file names need not be valid UTF-8.
package struct GlobPattern: Sendable, Hashable {
    /// The pattern bytes as written (escapes kept).
    package let bytes: [UInt8]

    package init(_ pattern: some Sequence<UInt8>) {
        bytes = Array(pattern)
    }

    package init(_ pattern: String) {
        bytes = Array(pattern.utf8)
    }

    /// True when `path` (bytes, `/`-separated, no leading `/`) matches the whole pattern.
    package func matches(_ path: some Collection<UInt8>) -> Bool {
        let text = Array(path)
        return bytes.withUnsafeBufferPointer { pattern in
            text.withUnsafeBufferPointer { text in
                Self.match(pattern, 0, text, 0) == .matched
            }
        }
    }

    /// True when the pattern matches `path` or one of its parent directories (a glob naming a directory claims
    /// everything under it).
    package func matchesPathOrParent(_ path: String) -> Bool {
        let bytes = Array(path.utf8)
        if matches(bytes) { return true }
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "/") {
            if matches(bytes[..<index]) { return true }
        }
        return false
    }

    /// The outcomes of git's `dowild`: the two abort values prune the backtracking of enclosing stars.
    private enum Outcome {
        case matched, noMatch, abortAll, abortToDoubleStar
    }

    private static let slash = UInt8(ascii: "/")
    private static let star = UInt8(ascii: "*")
    private static let backslash = UInt8(ascii: "\\")

    private static func match(
        _ pattern: UnsafeBufferPointer<UInt8>, _ start: Int, _ text: UnsafeBufferPointer<UInt8>, _ textStart: Int
    ) -> Outcome {
        var p = start
        var t = textStart
        while p < pattern.count {
            var pc = pattern[p]
            if t >= text.count && pc != star {
                return .abortAll
            }
            switch pc {
            case backslash:
                p += 1
                pc = p < pattern.count ? pattern[p] : backslash
                if text[t] != pc { return .noMatch }
            case UInt8(ascii: "?"):
                if text[t] == slash { return .noMatch }
            case star:
                var matchesSlash = false
                let firstStar = p
                p += 1
                if p < pattern.count && pattern[p] == star {
                    while p < pattern.count && pattern[p] == star { p += 1 }
                    let atSegmentStart = firstStar == 0 || pattern[firstStar - 1] == slash
                    let atSegmentEnd = p == pattern.count || pattern[p] == slash
                    if atSegmentStart && atSegmentEnd {
                        // "**/" also matches zero directories.
                        if p < pattern.count && pattern[p] == slash && match(pattern, p + 1, text, t) == .matched {
                            return .matched
                        }
                        matchesSlash = true
                    }
                }
                if p == pattern.count {
                    if !matchesSlash && text[t...].contains(slash) { return .abortToDoubleStar }
                    return .matched
                }
                if !matchesSlash && pattern[p] == slash {
                    guard let next = text[t...].firstIndex(of: slash) else { return .abortAll }
                    t = next
                    break
                }
                while t < text.count {
                    let outcome = match(pattern, p, text, t)
                    if outcome != .noMatch {
                        if !matchesSlash || outcome != .abortToDoubleStar { return outcome }
                    } else if !matchesSlash && text[t] == slash {
                        return .abortToDoubleStar
                    }
                    t += 1
                }
                return .abortAll
            case UInt8(ascii: "["):
                guard let end = matchClass(pattern, p + 1, text[t]) else { return .noMatch }
                if end < 0 { return .abortAll }
                p = end
            default:
                if text[t] != pc { return .noMatch }
            }
            p += 1
            t += 1
        }
        return t == text.count ? .matched : .noMatch
    }

    /// Matches `byte` against the class starting after `[` at `start`. Returns the index of the closing `]` when the
    /// byte is in the class, nil when it is not, and -1 when the class is unterminated (the pattern can never match).
    private static func matchClass(_ pattern: UnsafeBufferPointer<UInt8>, _ start: Int, _ byte: UInt8) -> Int? {
        var p = start
        guard p < pattern.count else { return -1 }
        let negated = pattern[p] == UInt8(ascii: "!") || pattern[p] == UInt8(ascii: "^")
        if negated { p += 1 }
        var found = false
        var previous: UInt8?
        var first = true
        while p < pattern.count {
            var c = pattern[p]
            if c == UInt8(ascii: "]") && !first {
                return found != negated && byte != slash ? p : nil
            }
            first = false
            if c == backslash {
                p += 1
                guard p < pattern.count else { return -1 }
                c = pattern[p]
                if c == byte { found = true }
                previous = c
            } else if c == UInt8(ascii: "-"), let low = previous, p + 1 < pattern.count,
                pattern[p + 1] != UInt8(ascii: "]")
            {
                p += 1
                var high = pattern[p]
                if high == backslash {
                    p += 1
                    guard p < pattern.count else { return -1 }
                    high = pattern[p]
                }
                if low <= byte && byte <= high { found = true }
                previous = nil
            } else {
                if c == byte { found = true }
                previous = c
            }
            p += 1
        }
        return -1
    }
}
