/// One gitignore-syntax rule: a glob, optionally negated (`!`), directory-only (trailing `/`), and either anchored
/// to its base directory (a `/` at the start or in the middle) or matching the last path component at any depth.
package struct PathRule: Sendable, Hashable {
    package let glob: GlobPattern
    package let negated: Bool
    package let directoryOnly: Bool
    /// True when the pattern has no `/` (other than a trailing one): it is matched against the base name only.
    package let matchesBaseName: Bool

    /// Parses one line of a `.gitignore` / `.piiscanignore` file; nil for blank lines and `#` comments.
    ///
    /// Follows gitignore(5): `\#` and `\!` escape a leading `#` or `!`, trailing spaces are dropped unless escaped
    /// with `\`, a trailing `/` restricts the rule to directories, and a leading `/` only anchors.
    package init?(ignoreLine line: some Collection<UInt8>) {
        var bytes = Array(line)
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        while bytes.last == UInt8(ascii: " ") {
            if bytes.count >= 2 && bytes[bytes.count - 2] == UInt8(ascii: "\\") { break }
            bytes.removeLast()
        }
        guard let first = bytes.first, first != UInt8(ascii: "#") else { return nil }
        var negated = false
        if first == UInt8(ascii: "!") {
            negated = true
            bytes.removeFirst()
        }
        self.init(glob: bytes, negated: negated)
    }

    /// A rule from a command-line glob (`--include`, `--exclude`): the same syntax without comments or negation.
    /// A leading `./` is dropped: globs are relative to the root either way.
    package init?(glob: String) {
        var bytes = Array(glob.utf8)
        while bytes.starts(with: [UInt8(ascii: "."), UInt8(ascii: "/")]) { bytes.removeFirst(2) }
        self.init(glob: bytes, negated: false)
    }

    private init?(glob: [UInt8], negated: Bool) {
        var bytes = glob
        var directoryOnly = false
        while bytes.count > 1 && bytes.last == UInt8(ascii: "/") {
            directoryOnly = true
            bytes.removeLast()
        }
        let anchored = bytes.contains(UInt8(ascii: "/"))
        if bytes.first == UInt8(ascii: "/") { bytes.removeFirst() }
        guard !bytes.isEmpty else { return nil }
        self.glob = GlobPattern(bytes)
        self.negated = negated
        self.directoryOnly = directoryOnly
        self.matchesBaseName = !anchored
    }

    /// True when the rule applies to `path`, given relative to the rule's base directory.
    package func matches(_ path: ArraySlice<UInt8>, isDirectory: Bool) -> Bool {
        if directoryOnly && !isDirectory { return false }
        if matchesBaseName {
            let start = path.lastIndex(of: UInt8(ascii: "/")).map { $0 + 1 } ?? path.startIndex
            return glob.matches(path[start...])
        }
        return glob.matches(path)
    }
}
