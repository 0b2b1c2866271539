import Glibc

/// The `.gitignore` and `.piiscanignore` rules in force in the directory being walked: one level per directory
/// that has rules, deepest last. The last matching rule of the deepest level that has one decides, so a deeper file
/// or a later line (and `.piiscanignore` over `.gitignore` in the same directory) overrides, and `!` re-includes.
package struct IgnoreStack {
    /// The file names read in each directory, in increasing precedence.
    package static let fileNames = [".gitignore", ".piiscanignore"]
    /// Ignore files larger than this are not read (they are not hand-written rules).
    static let maxIgnoreFileSize = 1 << 20

    private struct Level {
        /// Byte length of the base directory's relative path plus its `/` (0 at the root).
        var prefixLength: Int
        var rules: [PathRule]
    }

    private var levels: [Level] = []

    package init() {}

    /// Reads the ignore files of `directory` (whose path relative to the root is `relativePath`) and pushes a level
    /// when they hold any rule. Returns true when a level was pushed (the caller pops it when leaving the directory).
    package mutating func push(directory: String, relativePath: [UInt8]) -> Bool {
        var rules: [PathRule] = []
        for name in Self.fileNames {
            guard let contents = Self.readSmallFile(directory + "/" + name) else { continue }
            for line in contents.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
                if let rule = PathRule(ignoreLine: line) { rules.append(rule) }
            }
        }
        return push(rules: rules, relativePath: relativePath)
    }

    /// Pushes already-parsed rules whose base directory is `relativePath`; false (and no level) when `rules` is empty.
    package mutating func push(rules: [PathRule], relativePath: [UInt8]) -> Bool {
        guard !rules.isEmpty else { return false }
        levels.append(Level(prefixLength: relativePath.isEmpty ? 0 : relativePath.count + 1, rules: rules))
        return true
    }

    package mutating func pop() {
        levels.removeLast()
    }

    /// True when `relativePath` (from the walk root) is ignored.
    package func isIgnored(_ relativePath: [UInt8], isDirectory: Bool) -> Bool {
        for level in levels.reversed() {
            let local = relativePath[level.prefixLength...]
            for rule in level.rules.reversed() where rule.matches(local, isDirectory: isDirectory) {
                return !rule.negated
            }
        }
        return false
    }

    /// The bytes of a small regular file, or nil when it is missing, unreadable, not regular or too large.
    private static func readSmallFile(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) <= maxIgnoreFileSize
        else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
        var filled = 0
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            filled += count
        }
        return Array(bytes[..<filled])
    }
}
