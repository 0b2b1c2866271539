/// Every error found in one or more configuration files, in file order, so that one run lists them all (like a
/// compiler); the CLI prints one line each and exits 2.
public struct ConfigFileErrors: Error, Sendable, Equatable, CustomStringConvertible {
    /// Never empty.
    public var errors: [ConfigFileError]

    public init(_ errors: [ConfigFileError]) {
        precondition(!errors.isEmpty, "ConfigFileErrors needs at least one error")
        self.errors = errors
    }

    public init(_ error: ConfigFileError) {
        errors = [error]
    }

    /// One error per line.
    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
