/// A problem in a configuration file (pattern, taxonomy, columns, RoPA): names the file, line, column and
/// field, never a value from a scanned source (exit code 2).
public struct ConfigFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    /// 1-based; 0 when unknown.
    public var line: Int
    public var column: Int
    /// The field path, e.g. `detectors[3].pattern`.
    public var field: String
    public var message: String

    public init(file: String, line: Int = 0, column: Int = 0, field: String = "", message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.message = message
    }

    public var description: String {
        var location = file
        if line > 0 { location += ":\(line):\(column)" }
        return field.isEmpty ? "\(location): \(message)" : "\(location): \(field): \(message)"
    }
}
