import Foundation

/// A fresh directory under the system temp dir, removed when the value is deinitialised.
final class ScratchDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "piiscan-privacy-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// `path/name`.
    func file(_ name: String) -> String { path + "/" + name }

    /// The permission bits of `path` from stat(2).
    static func mode(_ path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o777 : 0xFFFF
    }
}
