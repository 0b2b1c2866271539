import Glibc

/// Runs code with the calling thread's filesystem user switched to `nobody` (Linux `setfsuid`), so that tests running
/// as root can still meet EACCES: switching the filesystem uid away from 0 drops CAP_DAC_OVERRIDE for that thread
/// only, and switching back restores it. The Glibc module does not export `setfsuid`, so it is looked up by name.
enum FilesystemUser {
    private typealias SetFSUID = @convention(c) (UInt32) -> Int32

    private static let setfsuid: SetFSUID? = {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "setfsuid") else { return nil }
        return unsafeBitCast(symbol, to: SetFSUID.self)
    }()

    static let nobody: UInt32 = 65534

    /// True when the tests run as root and the call exists (otherwise permission tests cannot switch users).
    static var canSwitch: Bool { getuid() == 0 && setfsuid != nil }

    /// Runs `body` synchronously on this thread as `nobody`, then switches back to root.
    static func asNobody<Result>(_ body: () throws -> Result) rethrows -> Result {
        _ = setfsuid!(nobody)
        defer { _ = setfsuid!(0) }
        return try body()
    }
}
