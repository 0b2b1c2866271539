import PCRE2

/// One compiled detector: its pattern (compiled once, JIT, shared read-only by all workers), trigger,
/// validators, context rule and how its values are masked and fingerprinted.
public struct Detector: Sendable {
    public let id: String
    public let type: String
    public let category: String
    /// The pattern source, for `patterns list` and the ripgrep comparison in the benchmarks.
    public let patternSource: String
    package let pattern: PCRE2Pattern
    public let maxLength: Int
    public let baseConfidence: Double
    package let validators: [any Validator]
    package let normalize: NormalizeStyle
    package let mask: MaskStyle
    package let trigger: Trigger
    package let context: ContextRule
    public let locales: [String]
    public let examples: ExamplesSpec?
    /// The pattern file it came from (file name for bundled files, path for user files).
    public let sourceFile: String

    /// The facts reports need about this detector.
    public var info: DetectorInfo {
        DetectorInfo(id: id, type: type, category: category, summary: "\(type) (\(category))", locales: locales)
    }
}
