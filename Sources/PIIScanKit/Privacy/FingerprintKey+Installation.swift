import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The per-installation key: where it lives, and creating it exactly once even when several piiscan
/// processes start at the same time.
extension FingerprintKey {
    /// Loads the installation key, creating it on first use (see `installationKeyPath(environment:)`). An
    /// error opening or creating it says where the directory comes from and that `PIISCAN_HOME` moves it.
    public static func loadOrCreateInstallationKey(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> FingerprintKey {
        do {
            return try loadOrCreate(atPath: installationKeyPath(environment: environment))
        } catch var error as FingerprintKeyError where error.code == .ioError {
            error.message += "; " + DataDirectory.hint(environment: environment, holding: "fingerprint key")
            throw error
        }
    }

    /// `$PIISCAN_HOME/fingerprint.key`, else `$XDG_DATA_HOME/piiscan/fingerprint.key` (absolute only, as the
    /// XDG spec says), else `~/.local/share/piiscan/fingerprint.key`.
    package static func installationKeyPath(environment: [String: String]) throws -> String {
        guard let directory = DataDirectory.path(environment: environment) else {
            throw FingerprintKeyError(
                code: .noKeyLocation, path: "",
                message: "cannot locate the fingerprint key: set PIISCAN_HOME, XDG_DATA_HOME or HOME")
        }
        return DataDirectory.join(directory, "fingerprint.key")
    }

    /// Reads the key at `path`, or creates it (mode 0600, missing directories 0700) when it does not exist.
    ///
    /// The new key is written completely to a private temporary file and then hard-linked into place:
    /// `link(2)` fails with `EEXIST` when another process won the race, and then that process's key is read.
    /// So no process ever reads a half-written key, and all of them end up with the same one.
    package static func loadOrCreate(atPath path: String) throws -> FingerprintKey {
        for _ in 0..<3 {
            if let key = try KeyFile.readInstallationKey(path: path) { return key }
            try KeyFile.createDirectories(parentOf: path)
            if let key = try KeyFile.createKey(path: path, key: random()) { return key }
        }
        throw FingerprintKeyError(
            code: .ioError, path: path, message: "the fingerprint key file keeps disappearing while being created")
    }
}
