import Foundation

/// A temporary directory tree built from relative paths, for tests that need real files.
/// Parent directories are created as needed; `remove()` (or deinit) deletes the whole tree.
///
/// Keep the tree alive while its files are used, for example with `defer { tree.remove() }`.
public final class TempTree {
    /// What to create at a relative path.
    public enum Entry: ExpressibleByStringLiteral, Sendable {
        case text(String)
        case bytes([UInt8])
        case directory
        /// A symbolic link whose target is stored as given (relative to the link's directory, or absolute).
        case symlink(String)
        /// A named pipe (`mkfifo`).
        case fifo

        public init(stringLiteral value: String) {
            self = .text(value)
        }
    }

    /// The absolute path of the tree's root directory (created with mode 0700 by `mkdtemp`).
    public let root: String
    private var removed = false

    /// Creates a fresh directory under the system temporary directory and the given entries in it.
    public init(_ entries: [String: Entry] = [:], prefix: String = "piiscan-test") throws {
        let pattern = (NSTemporaryDirectory() as NSString).appendingPathComponent("\(prefix)-XXXXXX")
        var template = Array(pattern.utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw TempTreeError(path: prefix, code: errno)
        }
        root = String(cString: made)
        for path in entries.keys.sorted() {
            try create(path, entries[path]!)
        }
    }

    /// Creates a tree of text files (path → contents).
    @_disfavoredOverload
    public convenience init(_ files: [String: String], prefix: String = "piiscan-test") throws {
        try self.init(files.mapValues { Entry.text($0) }, prefix: prefix)
    }

    deinit {
        remove()
    }

    /// The absolute path of `relative` inside the tree.
    public func path(_ relative: String) -> String {
        relative.isEmpty ? root : root + "/" + relative
    }

    /// Creates one entry (and its parent directories), replacing nothing: the path must not exist yet.
    public func create(_ relative: String, _ entry: Entry) throws {
        let full = path(relative)
        let parent = (full as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        let result: Int32
        switch entry {
        case .text(let text): result = Self.write(full, Array(text.utf8))
        case .bytes(let bytes): result = Self.write(full, bytes)
        case .directory: result = mkdir(full, 0o755)
        case .symlink(let target): result = symlink(target, full)
        case .fifo: result = mkfifo(full, 0o644)
        }
        guard result == 0 else { throw TempTreeError(path: relative, code: errno) }
    }

    /// Deletes one entry (a file, link or whole directory) inside the tree.
    public func delete(_ relative: String) throws {
        try FileManager.default.removeItem(atPath: path(relative))
    }

    /// Sets the permission bits of an entry (`chmod`).
    public func setMode(_ relative: String, _ mode: mode_t) throws {
        guard chmod(path(relative), mode) == 0 else { throw TempTreeError(path: relative, code: errno) }
    }

    /// Deletes the whole tree; safe to call more than once.
    public func remove() {
        guard !removed else { return }
        removed = true
        Self.makeRemovable(root)
        try? FileManager.default.removeItem(atPath: root)
    }

    /// The bytes of a file.
    public static func read(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TempTreeError(path: path, code: errno)
        }
        return Array(data)
    }

    private static func write(_ path: String, _ bytes: [UInt8]) -> Int32 {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return -1 }
        defer { close(fd) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + written, $0.count - written) }
            guard count > 0 else { return -1 }
            written += count
        }
        return 0
    }

    /// Gives every directory owner rwx again, so a test that removed permissions cannot leave the tree behind.
    private static func makeRemovable(_ directory: String) {
        _ = chmod(directory, 0o755)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names {
            let child = directory + "/" + name
            var status = stat()
            if lstat(child, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR { makeRemovable(child) }
        }
    }
}

/// A temp tree entry could not be created.
public struct TempTreeError: Error, CustomStringConvertible {
    public var path: String
    public var code: Int32

    public var description: String { "cannot create '\(path)' in temp tree: \(String(cString: strerror(code)))" }
}
