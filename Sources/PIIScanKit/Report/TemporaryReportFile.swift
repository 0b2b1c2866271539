import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A private file beside a report's target (`.NAME.piiscan-XXXXXXXXXXXX`, created like `mkstemp`: a random
/// name, `O_EXCL | O_NOFOLLOW`, mode 0600) that becomes the target only when complete: `commit` syncs it to
/// disk and renames it over the target; `discard`, or a deinit without `commit`, removes it. Until then the
/// previous report stays as it was.
final class TemporaryReportFile {
    let path: String
    private(set) var fd: Int32

    /// Paths created and not yet committed or discarded, for `removeAbandoned` (a process that exits at once).
    private static let pending = Mutex<Set<String>>([])
    private static let nameAlphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".utf8)

    /// Creates the file in `target.directory`; `mode` is set on it at once, so the target never has another.
    init(for target: ReportFileTarget, mode: mode_t) throws(ReportOutputError) {
        // At most 48 scalars (192 bytes) of the name, so the temporary name stays under NAME_MAX (255).
        let stem = String(String.UnicodeScalarView(target.baseName.unicodeScalars.prefix(48)))
        var attempts = 0
        while true {
            let suffix = String(decoding: (0..<12).map { _ in Self.nameAlphabet.randomElement()! }, as: UTF8.self)
            let candidate = "\(target.directory)/.\(stem).piiscan-\(suffix)"
            let created = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if created >= 0 {
                path = candidate
                fd = created
                break
            }
            attempts += 1
            guard errno == EEXIST, attempts < 100 else {
                throw ReportOutputError.system(target.path, "cannot create a temporary file in \(target.directory)")
            }
        }
        Self.pending.withLock { _ = $0.insert(path) }
        guard fchmod(fd, mode) == 0 else {
            let error = ReportOutputError.system(target.path, "cannot set the report file's permissions")
            discard()
            throw error
        }
    }

    deinit { discard() }

    /// Gives the file the group `gid`; false when that is not allowed.
    func setGroup(_ gid: gid_t) -> Bool {
        fchown(fd, uid_t.max, gid) == 0
    }

    /// Syncs, closes and renames the file over `target`: the one step that replaces the previous report.
    func commit(to target: String) throws(ReportOutputError) {
        guard fd >= 0 else { throw ReportOutputError(path: target, message: "the report file is already closed") }
        defer { discard() }
        guard fsync(fd) == 0 else { throw ReportOutputError.system(target, "cannot write the report file") }
        let descriptor = fd
        fd = -1
        // close(2) can report a write error of a network file system.
        guard closeDescriptor(descriptor) == 0 else { throw ReportOutputError.system(target, "cannot write") }
        guard rename(path, target) == 0 else { throw ReportOutputError.system(target, "cannot replace the file") }
        Self.pending.withLock { _ = $0.remove(path) }
    }

    /// Closes and removes the file unless it was committed; safe to call again.
    func discard() {
        if fd >= 0 {
            _ = closeDescriptor(fd)
            fd = -1
        }
        let wasPending = Self.pending.withLock { $0.remove(path) != nil }
        if wasPending { unlink(path) }
    }

    /// Removes every temporary report file of this process that was neither committed nor discarded: for a
    /// process about to exit without unwinding (a second Ctrl-C).
    static func removeAbandoned() {
        pending.withLock { paths in
            for path in paths { unlink(path) }
            paths.removeAll()
        }
    }
}
