import Glibc

/// The walk could not start: the root itself is missing or unreadable (exit code 3 for the CLI).
/// Everything below the root becomes a `SkippedItem` instead.
package struct InputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The `errno` value.
    package var code: Int32
    /// The path that could not be read, as given.
    package var path: String
    /// What failed, naming the path; never file contents.
    package var message: String

    package init(code: Int32, path: String, operation: String) {
        self.code = code
        self.path = path
        self.message = "cannot \(operation) '\(path)': \(InputError.describe(code))"
    }

    package var description: String { message }

    /// The C library's text for an `errno` value.
    package static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
