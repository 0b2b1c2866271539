import Glibc

/// The parts of `struct stat` the walker and reader use, and the `lstat`/`stat` calls that fill it.
struct FileStatus {
    enum Kind: Equatable {
        case regular, directory, symlink, fifo, socket, characterDevice, blockDevice, unknown
    }

    var kind: Kind
    var size: Int
    var modificationTime: Double
    /// The modification time in whole nanoseconds since the epoch: exact, for incremental rescans.
    var modificationTimeNanoseconds: Int64
    var inode: UInt64
    var device: UInt64

    init(_ status: stat) {
        switch status.st_mode & S_IFMT {
        case S_IFREG: kind = .regular
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .symlink
        case S_IFIFO: kind = .fifo
        case S_IFSOCK: kind = .socket
        case S_IFCHR: kind = .characterDevice
        case S_IFBLK: kind = .blockDevice
        default: kind = .unknown
        }
        size = Int(status.st_size)
        modificationTime = Double(status.st_mtim.tv_sec) + Double(status.st_mtim.tv_nsec) / 1e9
        modificationTimeNanoseconds = Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec)
        inode = UInt64(status.st_ino)
        device = UInt64(status.st_dev)
    }

    /// `lstat` (or `stat` when `following`); the `errno` on failure.
    static func of(_ path: String, following: Bool) -> Result<FileStatus, Errno> {
        var status = stat()
        let result = following ? stat(path, &status) : lstat(path, &status)
        return result == 0 ? .success(FileStatus(status)) : .failure(Errno(code: errno))
    }

    /// A short name for a kind that is never opened, for the skip detail.
    var kindName: String {
        switch kind {
        case .fifo: "fifo"
        case .socket: "socket"
        case .characterDevice: "character device"
        case .blockDevice: "block device"
        case .regular: "regular file"
        case .directory: "directory"
        case .symlink: "symbolic link"
        case .unknown: "unknown file type"
        }
    }
}

/// An `errno` value as an `Error`, and the skip reason it stands for when an item below the root fails.
struct Errno: Error, Equatable {
    var code: Int32

    var skipReason: SkipReason {
        switch code {
        case EACCES, EPERM: .permissionDenied
        case ENOENT, ENOTDIR: .vanished
        default: .readError
        }
    }

    var text: String { InputError.describe(code) }
}
