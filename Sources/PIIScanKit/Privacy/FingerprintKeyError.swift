/// Why a fingerprint key could not be loaded or created. Names the key file, never the key.
public struct FingerprintKeyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, for callers and tests.
    public enum Code: String, Sendable {
        /// Neither `PIISCAN_HOME`, `XDG_DATA_HOME` nor a home directory is known.
        case noKeyLocation = "no_key_location"
        /// The file or its directory could not be opened, read, created or written.
        case ioError = "io_error"
        /// The installation key is readable or writable by group or others, or owned by another user.
        case insecurePermissions = "insecure_permissions"
        /// The installation key is not exactly 32 bytes, or a user key holds fewer than 32 bytes.
        case wrongSize = "wrong_size"
        /// The path is not a regular file.
        case notRegularFile = "not_regular_file"
    }

    public var code: Code
    public var path: String
    public var message: String

    public init(code: Code, path: String, message: String) {
        self.code = code
        self.path = path
        self.message = message
    }

    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}
