import PCRE2

/// One compiled detector: its pattern (compiled once, JIT, shared read-only by all workers), trigger,
/// validators, context rule and how its values are masked and fingerprinted.
///
/// A class, not a struct: the engine touches a detector on every trigger hit, and copying a struct of a
/// dozen reference-counted fields cost more than the regex itself (measured: 40% of scan time).
public final class Detector: Sendable {
    public let id: String
    public let type: String
    public let category: String
    /// The pattern source, for `patterns list` and the ripgrep comparison in the benchmarks.
    public let patternSource: String
    package let pattern: PCRE2Pattern
    public let maxLength: Int
    public let baseConfidence: Double
    /// Validators that judge the match in its buffer and may narrow it (`SpanValidator`), run first…
    package let spanValidators: [any SpanValidator]
    /// …then the others, on a copy of the (narrowed) match.
    package let validators: [any Validator]
    package let normalize: NormalizeStyle
    package let mask: MaskStyle
    package let trigger: Trigger
    package let context: ContextRule
    public let locales: [String]
    public let examples: ExamplesSpec?
    /// The pattern file it came from (file name for bundled files, path for user files).
    public let sourceFile: String
    /// Its own `field_boost`, or nil for the scan's default.
    package let fieldBoost: Double?

    package init(
        id: String, type: String, category: String, patternSource: String, pattern: PCRE2Pattern, maxLength: Int,
        baseConfidence: Double, validators: [any Validator], normalize: NormalizeStyle, mask: MaskStyle,
        trigger: Trigger, context: ContextRule, locales: [String], examples: ExamplesSpec?, sourceFile: String,
        fieldBoost: Double? = nil
    ) {
        self.id = id
        self.type = type
        self.category = category
        self.patternSource = patternSource
        self.pattern = pattern
        self.maxLength = maxLength
        self.baseConfidence = baseConfidence
        self.spanValidators = validators.compactMap { $0 as? any SpanValidator }
        self.validators = validators.filter { !($0 is any SpanValidator) }
        self.normalize = normalize
        self.mask = mask
        self.trigger = trigger
        self.context = context
        self.locales = locales
        self.examples = examples
        self.sourceFile = sourceFile
        self.fieldBoost = fieldBoost
    }

    /// The facts reports need about this detector.
    public var info: DetectorInfo {
        DetectorInfo(id: id, type: type, category: category, summary: "\(type) (\(category))", locales: locales)
    }
}
