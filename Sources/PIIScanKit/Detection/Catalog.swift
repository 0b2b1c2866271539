import PCRE2

/// Every compiled detector plus the prefilter, the taxonomy and the column rules.
///
/// Immutable and `Sendable`: compiled once per scan and shared read-only by all workers.
public final class Catalog: Sendable {
    public let detectors: [Detector]
    package let prefilter: Prefilter
    public let taxonomy: Taxonomy
    package let columnRules: ColumnRules
    /// Longest possible match of any detector: the overlap carried across chunk boundaries.
    public let maxMatchLength: Int
    /// What the engine needs on every trigger hit, without reference counting (see `FrozenBuffer`).
    package let hot: FrozenBuffer<HotDetector>

    package init(detectors: [Detector], taxonomy: Taxonomy, columnRules: ColumnRules) {
        self.detectors = detectors
        self.taxonomy = taxonomy
        self.columnRules = columnRules
        prefilter = Prefilter(detectors: detectors)
        maxMatchLength = detectors.map(\.maxLength).max() ?? 1
        hot = FrozenBuffer(
            detectors.map {
                HotDetector(
                    pattern: Unmanaged.passUnretained($0.pattern), before: $0.trigger.before, after: $0.trigger.after,
                    maxLength: $0.maxLength)
            })
    }

    /// Descriptions of every detector and column rule, for reports and `patterns list`.
    public var detectorInfos: [DetectorInfo] { detectors.map(\.info) + columnRules.rules.map(\.info) }

    /// The field type of names that identify things (`ean`, `isbn`, `version`): see `not_personal_names`.
    package static let notPersonalFieldType = "(not personal)"

    /// The PII type a CSV column or JSON key names, given its last component (see `lastComponent(of:)`), through
    /// `columns.yaml`: `notPersonalFieldType` for a name that identifies a thing, nil for none.
    package func fieldType(named name: String) -> String? {
        let words = ColumnNameTokens.tokens(of: name)
        if columnRules.notPersonalPhrase(words: words) != nil { return Self.notPersonalFieldType }
        return columnRules.match(words: words)?.rule.type
    }

    /// What a field of type `fieldType` (see `fieldType(named:)`) adds to a candidate of `detector`: its
    /// `field_boost` (else `defaultBoost`) when the field names the detector's type, else nothing.
    package func fieldBoost(for detector: Detector, fieldType: String?, defaultBoost: Double) -> Double {
        fieldType == detector.type ? detector.fieldBoost ?? defaultBoost : 0
    }

    /// The most a candidate under a field of type `fieldType` may score: below the default threshold under a
    /// name that identifies a thing (a Luhn-passing barcode under `ean`), else no limit.
    package func fieldCeiling(fieldType: String?) -> Double {
        fieldType == Self.notPersonalFieldType ? ColumnConfidence.nameContradicted : 1
    }

    /// `$.customer.email` → `email`; `$.items[2].phone` → `phone`; a CSV header stays as it is.
    static func lastComponent(of field: String) -> String {
        var name = Substring(field)
        if let dot = name.lastIndex(of: ".") { name = name[name.index(after: dot)...] }
        if let bracket = name.firstIndex(of: "[") { name = name[..<bracket] }
        return String(name)
    }

    /// The same catalog restricted to the detectors `keep` accepts.
    public func filtered(_ keep: (Detector) -> Bool) -> Catalog {
        Catalog(detectors: detectors.filter(keep), taxonomy: taxonomy, columnRules: columnRules)
    }
}

/// A detector's per-hit data: its pattern (kept alive by the `Detector` the catalog holds) and its window.
package struct HotDetector: BitwiseCopyable {
    let pattern: Unmanaged<PCRE2Pattern>
    let before: Int
    let after: Int
    /// The detector's `max_length`: with the window's last start, where the searched subject can end.
    let maxLength: Int
}
