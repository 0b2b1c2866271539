/// Why the gate could not give a verdict, with the exit code class it maps to (DESIGN §3.2).
///
/// Messages name files, lines, tables and columns, and the database's own message with literals removed
/// (`SQLErrorText`); never a value from a statement, never a password.
public struct GateError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// Bad arguments, RoPA or baseline file, unknown category, a migration statement that fails: exit 2.
        case usage
        /// The scratch database cannot be reached or used: exit 3.
        case incomplete
    }

    public var kind: Kind
    public var message: String
    /// What had been found when the error struck (each set's layout, file count and dialect), for printing
    /// before the message.
    public var context: [String] = []
    /// Lines that follow the message: the statement in question, what to do.
    public var notes: [String] = []

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
