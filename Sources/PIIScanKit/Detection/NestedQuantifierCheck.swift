/// Finds a quantified group whose contents are themselves quantified with a large product of maxima, such as
/// `(a{1,60}){1,60}` or `(?:\d{1,20}){1,20}`: on a long run of matching bytes PCRE2 tries every way of cutting
/// it into repetitions, which is catastrophic backtracking even though every match length is bounded.
///
/// A group whose every alternative needs a literal byte (`(?:[a-z0-9-]{1,61}\.){1,6}` in e-mail domains) cuts
/// the run at each literal, so it may nest up to `delimitedLimit`; other groups up to `undelimitedLimit`. The
/// bundled patterns stay below both (the largest products are 366, delimited, and 30, undelimited).
enum NestedQuantifierCheck {
    static let undelimitedLimit = 100
    static let delimitedLimit = 1_000

    /// A nested repetition over the limits: where the outer group starts, and the numbers for the error.
    struct Finding: Equatable {
        var offset: Int
        var outerMaximum: Int
        var innerMaximum: Int
        var delimited: Bool

        var product: Int { outerMaximum * innerMaximum }
    }

    /// The first nested repetition over the limits, or nil. Expects a pattern without unbounded quantifiers.
    static func firstExcessive(in pattern: String) -> Finding? {
        var parser = Parser(bytes: Array(pattern.utf8))
        return parser.run()
    }

    /// One open group: where it starts, the largest repetition count inside it, and whether each of its
    /// alternatives so far needs a literal byte.
    private struct Frame {
        var start: Int
        var innerMaximum = 1
        var everyBranchHasLiteral = true
        var branchHasLiteral = false

        var delimited: Bool { everyBranchHasLiteral && branchHasLiteral }
    }

    private struct Parser {
        let bytes: [UInt8]
        var index = 0
        var frames = [Frame(start: 0)]

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func run() -> Finding? {
            while index < bytes.count {
                let start = index
                let atom: (inner: Int, literal: Bool, delimited: Bool)
                switch bytes[index] {
                case UInt8(ascii: "\\"):
                    atom = (1, skipEscape(), false)
                case UInt8(ascii: "["):
                    skipClass()
                    atom = (1, false, false)
                case UInt8(ascii: "("):
                    openGroup()
                    continue
                case UInt8(ascii: ")"):
                    index += 1
                    guard frames.count > 1 else { continue }
                    let frame = frames.removeLast()
                    atom = (frame.innerMaximum, false, frame.delimited)
                    if let finding = applyQuantifier(to: atom, start: frame.start) { return finding }
                    continue
                case UInt8(ascii: "|"):
                    index += 1
                    frames[frames.count - 1].everyBranchHasLiteral =
                        frames[frames.count - 1].everyBranchHasLiteral && frames[frames.count - 1].branchHasLiteral
                    frames[frames.count - 1].branchHasLiteral = false
                    continue
                case UInt8(ascii: "^"), UInt8(ascii: "$"):
                    index += 1
                    continue
                case UInt8(ascii: "."):
                    index += 1
                    atom = (1, false, false)
                default:
                    index += 1
                    atom = (1, true, false)
                }
                if let finding = applyQuantifier(to: atom, start: start) { return finding }
            }
            return nil
        }

        /// Reads the quantifier after an atom (if any), checks a quantified group, and records the atom in the
        /// enclosing group.
        private mutating func applyQuantifier(
            to atom: (inner: Int, literal: Bool, delimited: Bool), start: Int
        ) -> Finding? {
            var inner = atom.inner
            var literal = atom.literal
            if let (minimum, maximum) = readQuantifier() {
                if atom.inner > 1 && maximum > 1 {
                    let finding = Finding(
                        offset: start, outerMaximum: maximum, innerMaximum: atom.inner, delimited: atom.delimited)
                    let limit = atom.delimited ? delimitedLimit : undelimitedLimit
                    if finding.product > limit { return finding }
                }
                inner = atom.inner * max(1, maximum)
                literal = literal && minimum > 0 && maximum == minimum
            }
            frames[frames.count - 1].innerMaximum = max(frames[frames.count - 1].innerMaximum, inner)
            if literal { frames[frames.count - 1].branchHasLiteral = true }
            return nil
        }

        /// `?`, `{n}`, `{n,m}` or `{,m}` (with a lazy or possessive marker) as (minimum, maximum).
        private mutating func readQuantifier() -> (Int, Int)? {
            guard index < bytes.count else { return nil }
            var result: (Int, Int)?
            if bytes[index] == UInt8(ascii: "?") {
                index += 1
                result = (0, 1)
            } else if bytes[index] == UInt8(ascii: "{"), let (minimum, maximum, end) = braces(at: index) {
                index = end
                result = (minimum, maximum)
            }
            if result != nil, index < bytes.count,
                bytes[index] == UInt8(ascii: "?") || bytes[index] == UInt8(ascii: "+")
            {
                index += 1
            }
            return result
        }

        /// `{n}`, `{n,m}` or `{,m}` at `start`: bounds and the index after `}`; nil when the braces are a literal.
        private func braces(at start: Int) -> (Int, Int, Int)? {
            var position = start + 1
            var numbers: [Int?] = [nil]
            while position < bytes.count && bytes[position] != UInt8(ascii: "}") {
                let byte = bytes[position]
                if byte == UInt8(ascii: ",") {
                    guard numbers.count == 1 else { return nil }
                    numbers.append(nil)
                } else if byte >= 0x30 && byte <= 0x39 {
                    let value = (numbers[numbers.count - 1] ?? 0) * 10 + Int(byte - 0x30)
                    numbers[numbers.count - 1] = min(value, 1_000_000)
                } else if byte != UInt8(ascii: " ") {
                    return nil
                }
                position += 1
            }
            guard position < bytes.count else { return nil }
            if numbers.count == 1 {
                guard let count = numbers[0] else { return nil }
                return (count, count, position + 1)
            }
            guard let maximum = numbers[1], numbers[0] != nil || maximum > 0 else { return nil }
            return (numbers[0] ?? 0, maximum, position + 1)
        }

        /// Skips an escape; true when it stands for one literal byte (`\.`, `\-`, `\t`), not a class or assertion.
        private mutating func skipEscape() -> Bool {
            guard index + 1 < bytes.count else {
                index += 1
                return true
            }
            let letter = bytes[index + 1]
            index += 2
            if (letter == UInt8(ascii: "x") || letter == UInt8(ascii: "p") || letter == UInt8(ascii: "P")),
                index < bytes.count, bytes[index] == UInt8(ascii: "{")
            {
                while index < bytes.count && bytes[index] != UInt8(ascii: "}") { index += 1 }
                index += 1
                return letter == UInt8(ascii: "x")
            }
            let isLetter = (letter | 0x20) >= UInt8(ascii: "a") && (letter | 0x20) <= UInt8(ascii: "z")
            let isDigit = letter >= 0x30 && letter <= 0x39
            return !isLetter && !isDigit || "tnrfeax".utf8.contains(letter)
        }

        /// Skips a character class, including escapes and POSIX classes such as `[:alpha:]`.
        private mutating func skipClass() {
            index += 1
            if index < bytes.count && bytes[index] == UInt8(ascii: "^") { index += 1 }
            if index < bytes.count && bytes[index] == UInt8(ascii: "]") { index += 1 }
            while index < bytes.count && bytes[index] != UInt8(ascii: "]") {
                if bytes[index] == UInt8(ascii: "\\") {
                    index += 2
                } else if bytes[index] == UInt8(ascii: "["), index + 1 < bytes.count,
                    bytes[index + 1] == UInt8(ascii: ":")
                {
                    index += 2
                    while index + 1 < bytes.count
                        && !(bytes[index] == UInt8(ascii: ":") && bytes[index + 1] == UInt8(ascii: "]"))
                    {
                        index += 1
                    }
                    index += 2
                } else {
                    index += 1
                }
            }
            index += 1
        }

        /// Opens a group, or skips a comment `(?#…)` and an option setting such as `(?i)`.
        private mutating func openGroup() {
            let start = index
            index += 1
            guard index < bytes.count, bytes[index] == UInt8(ascii: "?") else {
                frames.append(Frame(start: start))
                return
            }
            if index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "#") {
                while index < bytes.count && bytes[index] != UInt8(ascii: ")") { index += 1 }
                index += 1
                return
            }
            var position = index + 1
            while position < bytes.count,
                (bytes[position] | 0x20) >= UInt8(ascii: "a") && (bytes[position] | 0x20) <= UInt8(ascii: "z")
                    || bytes[position] == UInt8(ascii: "-") || bytes[position] == UInt8(ascii: "^")
            {
                position += 1
            }
            if position > index + 1, position < bytes.count, bytes[position] == UInt8(ascii: ")") {
                index = position + 1
                return
            }
            frames.append(Frame(start: start))
            index = endOfGroupPrefix(from: index + 1, lettersEnd: position)
        }

        /// The index after a group's prefix that follows `(?`: `:`, `=`, `!`, `>`, `|`, `<=`, `<!`, a name
        /// (`<name>`, `P<name>`, `'name'`) or options (`i:`).
        private func endOfGroupPrefix(from position: Int, lettersEnd: Int) -> Int {
            guard position < bytes.count else { return position }
            if lettersEnd < bytes.count && bytes[lettersEnd] == UInt8(ascii: ":") && lettersEnd > position {
                return lettersEnd + 1
            }
            var start = position
            if bytes[start] == UInt8(ascii: "P") { start += 1 }
            guard start < bytes.count else { return start }
            switch bytes[start] {
            case UInt8(ascii: "<")
            where start + 1 < bytes.count
                && (bytes[start + 1] == UInt8(ascii: "=") || bytes[start + 1] == UInt8(ascii: "!")):
                return start + 2
            case UInt8(ascii: "<"), UInt8(ascii: "'"):
                let close = bytes[start] == UInt8(ascii: "<") ? UInt8(ascii: ">") : UInt8(ascii: "'")
                var end = start + 1
                while end < bytes.count && bytes[end] != close { end += 1 }
                return end + 1
            default:
                return start + 1
            }
        }
    }
}
