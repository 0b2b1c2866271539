/// Every compiled detector plus the prefilter, the taxonomy and the column-name hints.
///
/// Immutable and `Sendable`: compiled once per scan and shared read-only by all workers.
public final class Catalog: Sendable {
    public let detectors: [Detector]
    package let prefilter: Prefilter
    public let taxonomy: Taxonomy
    package let columnHints: ColumnHints
    /// Longest possible match of any detector: the overlap carried across chunk boundaries.
    public let maxMatchLength: Int

    package init(detectors: [Detector], taxonomy: Taxonomy, columnHints: ColumnHints) {
        self.detectors = detectors
        self.taxonomy = taxonomy
        self.columnHints = columnHints
        prefilter = Prefilter(detectors: detectors)
        maxMatchLength = detectors.map(\.maxLength).max() ?? 1
    }

    /// Descriptions of every detector, for reports and `patterns list`.
    public var detectorInfos: [DetectorInfo] { detectors.map(\.info) }

    /// The same catalog restricted to the detectors `keep` accepts.
    public func filtered(_ keep: (Detector) -> Bool) -> Catalog {
        Catalog(detectors: detectors.filter(keep), taxonomy: taxonomy, columnHints: columnHints)
    }
}
