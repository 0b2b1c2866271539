#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// POSIX file operations for fingerprint keys; every error names the path and the system's reason.
enum KeyFile {
    /// Reads the installation key; nil when the file does not exist. Refuses a file that is not a regular
    /// file, not owned by the current user, accessible by group or others, or not exactly 32 bytes.
    static func readInstallationKey(path: String) throws -> FingerprintKey? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw systemError(path, "cannot open the fingerprint key")
        }
        defer { close(fd) }
        let info = try status(fd, path)
        guard info.st_uid == geteuid(), info.st_mode & 0o077 == 0 else {
            let mode = String(info.st_mode & 0o777, radix: 8)
            throw FingerprintKeyError(
                code: .insecurePermissions, path: path,
                message: "the fingerprint key must be owned by you and private (mode is \(mode)); run chmod 600 on it")
        }
        guard info.st_size == FingerprintKey.byteCount else {
            throw FingerprintKeyError(
                code: .wrongSize, path: path,
                message: "the fingerprint key must be exactly \(FingerprintKey.byteCount) bytes (it is \(info.st_size))"
            )
        }
        let bytes = try readFully(fd, path, limit: FingerprintKey.byteCount)
        guard bytes.count == FingerprintKey.byteCount else {
            throw FingerprintKeyError(code: .wrongSize, path: path, message: "the fingerprint key file was truncated")
        }
        return FingerprintKey(bytes: bytes)
    }

    /// Reads a whole regular file of at most `limit` bytes.
    static func readAll(path: String, limit: Int) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw systemError(path, "cannot open the fingerprint key file") }
        defer { close(fd) }
        let info = try status(fd, path)
        guard info.st_size <= limit else {
            throw FingerprintKeyError(
                code: .wrongSize, path: path,
                message: "a fingerprint key file must not be larger than \(limit) bytes")
        }
        return try readFully(fd, path, limit: limit)
    }

    /// Creates the missing directories of `path`'s parent with mode 0700; existing ones are left as they are.
    static func createDirectories(parentOf path: String) throws {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return }
        let parent = String(path[..<slash])
        var prefix = parent.hasPrefix("/") ? "" : "."
        for component in parent.split(separator: "/") {
            prefix += "/" + component
            if mkdir(prefix, 0o700) != 0 && errno != EEXIST {
                throw systemError(prefix, "cannot create the fingerprint key directory")
            }
        }
    }

    /// Writes `key` to a private temporary file and links it to `path`; nil when `path` already exists
    /// (another process created it first).
    static func createKey(path: String, key: FingerprintKey) throws -> FingerprintKey? {
        let temporary = path + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw systemError(temporary, "cannot create the fingerprint key") }
        defer { unlink(temporary) }
        do {
            defer { close(fd) }
            guard fchmod(fd, 0o600) == 0 else { throw systemError(temporary, "cannot set the key's permissions") }
            try writeFully(fd, key.bytes, temporary)
            guard fsync(fd) == 0 else { throw systemError(temporary, "cannot write the fingerprint key") }
        }
        if link(temporary, path) == 0 { return key }
        if errno == EEXIST { return nil }
        throw systemError(path, "cannot create the fingerprint key")
    }

    private static func status(_ fd: Int32, _ path: String) throws -> stat {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw systemError(path, "cannot inspect the fingerprint key file") }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw FingerprintKeyError(
                code: .notRegularFile, path: path, message: "the fingerprint key must be a regular file")
        }
        return info
    }

    private static func readFully(_ fd: Int32, _ path: String, limit: Int) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: limit + 1)
        var count = 0
        while count < bytes.count {
            let result = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + count, $0.count - count) }
            if result < 0 {
                if errno == EINTR { continue }
                throw systemError(path, "cannot read the fingerprint key file")
            }
            if result == 0 { break }
            count += result
        }
        guard count <= limit else {
            throw FingerprintKeyError(
                code: .wrongSize, path: path, message: "a fingerprint key file must not be larger than \(limit) bytes")
        }
        return Array(bytes[..<count])
    }

    private static func writeFully(_ fd: Int32, _ bytes: [UInt8], _ path: String) throws {
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, $0.count - written) }
            if result < 0 {
                if errno == EINTR { continue }
                throw systemError(path, "cannot write the fingerprint key")
            }
            written += result
        }
    }

    private static func systemError(_ path: String, _ what: String) -> FingerprintKeyError {
        let reason = String(cString: strerror(errno))
        return FingerprintKeyError(code: .ioError, path: path, message: "\(what): \(reason)")
    }
}
