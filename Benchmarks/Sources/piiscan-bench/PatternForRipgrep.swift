/// Rewrites a PCRE2 detector pattern into one ripgrep's default engine accepts, by dropping look-around
/// assertions (ripgrep has none). The result matches a superset of the original's lines, which is what a speed
/// reference needs; patterns that still use PCRE2-only syntax (back-references, atomic groups) are left out later.
enum PatternForRipgrep {
    static func withoutLookarounds(_ pattern: String) -> String {
        let characters = Array(pattern)
        var output: [Character] = []
        var index = 0
        var inClass = false
        while index < characters.count {
            let character = characters[index]
            if character == "\\", index + 1 < characters.count {
                output += [character, characters[index + 1]]
                index += 2
                continue
            }
            if inClass {
                if character == "]" { inClass = false }
                output.append(character)
                index += 1
                continue
            }
            if character == "[" {
                inClass = true
                output.append(character)
                index += 1
                // A `]` right after `[` or `[^` is a literal, not the end of the class.
                if index < characters.count, characters[index] == "^" {
                    output.append("^")
                    index += 1
                }
                if index < characters.count, characters[index] == "]" {
                    output.append("]")
                    index += 1
                }
                continue
            }
            if character == "(", isLookaround(characters, at: index) {
                index = groupEnd(characters, from: index)
                continue
            }
            output.append(character)
            index += 1
        }
        return String(output)
    }

    private static func isLookaround(_ characters: [Character], at index: Int) -> Bool {
        let next = characters[(index + 1)..<min(index + 4, characters.count)]
        return next.starts(with: ["?", "="]) || next.starts(with: ["?", "!"]) || next.starts(with: ["?", "<", "="])
            || next.starts(with: ["?", "<", "!"])
    }

    /// The index just after the group that opens at `start`.
    private static func groupEnd(_ characters: [Character], from start: Int) -> Int {
        var depth = 0
        var index = start
        var inClass = false
        while index < characters.count {
            let character = characters[index]
            if character == "\\" {
                index += 2
                continue
            }
            if inClass {
                if character == "]" { inClass = false }
            } else if character == "[" {
                inClass = true
                if index + 1 < characters.count, characters[index + 1] == "^" { index += 1 }
                if index + 1 < characters.count, characters[index + 1] == "]" { index += 1 }
            } else if character == "(" {
                depth += 1
            } else if character == ")" {
                depth -= 1
                if depth == 0 { return index + 1 }
            }
            index += 1
        }
        return characters.count
    }
}
