/// Every report format, looked up by its `--format` identifier.
public enum ReporterRegistry {
    /// Computed rather than stored: an array of non-`Sendable` metatypes cannot be a global constant.
    public static var all: [any Reporter.Type] {
        [TextReporter.self, JSONLinesReporter.self, JSONReporter.self, SARIFReporter.self, MarkdownReporter.self]
    }

    public static func reporter(for identifier: String) -> (any Reporter.Type)? {
        all.first { $0.identifier == identifier }
    }
}
