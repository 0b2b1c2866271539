#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a file piiscan makes for the user (a report, a draft RoPA, a baseline) safely: the target must be a
/// regular file or not exist (`ReportFileTarget` refuses links, directories, FIFOs, sockets and devices); the
/// text goes to a private temporary file beside it, which `close()` syncs and renames over the target. A
/// failure before that, or an output dropped without `close()`, leaves the previous file untouched and no
/// temporary file behind. Buffered: `flush()` writes to the temporary file, only `close()` publishes.
public final class FileOutput: ReportOutput {
    /// The permissions the written file gets.
    public enum Permissions: Sendable {
        /// 0600, whatever the umask and the previous file's mode: a report names where personal data lives.
        case ownerOnly
        /// The previous file's permission bits (and group, where allowed) when it is the user's own file,
        /// else 0600: for a file edited in place, such as the RoPA `draft` adds to.
        case keepExisting
    }

    public let path: String
    /// The temporary file and the file it will replace: a scan writing this output must not read them.
    public let ownFiles: Set<FileIdentity>
    private var file: TemporaryReportFile?
    private var output: FileDescriptorOutput?

    /// Checks `path` and creates the temporary file; nothing at `path` changes before `close()`.
    public init(path: String, permissions: Permissions = .ownerOnly) throws {
        self.path = path
        let target = try ReportFileTarget(path: path)
        let kept = permissions == .keepExisting ? target.existing.flatMap(Self.keptPermissions) : nil
        var mode = kept?.mode ?? 0o600
        let file = try TemporaryReportFile(for: target, mode: mode)
        if let kept, !file.setGroup(kept.gid) {
            // Another group would get the old group's access: keep the owner's and others' bits only.
            mode &= ~0o070
            guard fchmod(file.fd, mode) == 0 else {
                throw ReportOutputError.system(path, "cannot set the report file's permissions")
            }
        }
        var own: Set<FileIdentity> = target.existing.map { [FileIdentity($0)] } ?? []
        var info = stat()
        if fstat(file.fd, &info) == 0 { own.insert(FileIdentity(info)) }
        ownFiles = own
        self.file = file
        output = FileDescriptorOutput(fd: file.fd, name: path)
    }

    /// Removes what an output dropped without `close()` wrote: the previous file stays as it was.
    deinit {
        file?.discard()
    }

    public func write(_ text: String) throws {
        guard let output else { throw closedError }
        try output.write(text)
    }

    public func write(bytes: [UInt8]) throws {
        guard let output else { throw closedError }
        try output.write(bytes: bytes)
    }

    /// Writes what is buffered to the temporary file; the target is replaced only by `close()`.
    public func flush() throws {
        try output?.flush()
    }

    /// Flushes, syncs and renames the file over the target; a failure removes the temporary file and leaves
    /// the target as it was. Later writes throw.
    public func close() throws {
        guard let output, let file else { return }
        self.output = nil
        self.file = nil
        do {
            try output.flush()
        } catch {
            file.discard()
            throw error
        }
        try file.commit(to: path)
    }

    /// Removes the temporary files of outputs that were never closed: for a process that exits at once, where
    /// no deinitialiser runs (a second Ctrl-C).
    public static func removeAbandonedFiles() {
        TemporaryReportFile.removeAbandoned()
    }

    private var closedError: ReportOutputError {
        ReportOutputError(path: path, message: "the report file is already closed")
    }

    /// The mode and group to keep from an existing file: only from the user's own file.
    private static func keptPermissions(_ info: stat) -> (mode: mode_t, gid: gid_t)? {
        info.st_uid == geteuid() ? (info.st_mode & 0o777, info.st_gid) : nil
    }
}

extension FileIdentity {
    init(_ info: stat) {
        self.init(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }
}
