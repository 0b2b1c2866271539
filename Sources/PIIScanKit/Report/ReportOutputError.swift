#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A report could not be written: names the output (a path, or `standard output`) and the system's reason.
public struct ReportOutputError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }

    /// `what` and the reason `errno` gives.
    static func system(_ path: String, _ what: String) -> ReportOutputError {
        ReportOutputError(path: path, message: "\(what): \(String(cString: strerror(errno)))")
    }
}
