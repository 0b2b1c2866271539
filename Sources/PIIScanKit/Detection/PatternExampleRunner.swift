/// Runs a detector's `examples` through the real engine: the test suite runs it for every bundled detector
/// and `piiscan patterns test FILE` for a user's file.
public struct PatternExampleRunner: Sendable {
    /// The outcome of one example.
    public struct Outcome: Sendable, Hashable {
        public enum Kind: String, Sendable { case match, reject }
        public var detector: String
        public var kind: Kind
        /// The example as written (markers included).
        public var example: String
        /// nil when the example behaves as declared; otherwise what went wrong.
        public var failure: String?

        public var passed: Bool { failure == nil }
    }

    /// The confidence an example must reach (the default `--min-confidence`).
    public let threshold: Double
    private let catalog: Catalog

    public init(catalog: Catalog, threshold: Double = ScanOptions().minConfidence) {
        self.catalog = catalog
        self.threshold = threshold
    }

    /// Every example of every detector in the catalog, in catalog order.
    public func runAll() -> [Outcome] {
        catalog.detectors.flatMap { run($0) }
    }

    /// The examples of one detector.
    public func run(_ detector: Detector) -> [Outcome] {
        let single = catalog.filtered { $0.id == detector.id }
        let engine = Engine(
            catalog: single, fingerprinter: Fingerprinter(key: FingerprintKey.random()),
            reveal: false)
        let scratch = DetectionScratch(detectorCount: 1)
        let boost = catalog.fieldBoost(
            for: detector,
            fieldType: detector.examples?.field.flatMap { catalog.fieldType(named: Catalog.lastComponent(of: $0)) },
            defaultBoost: ScanOptions().fieldBoost)
        var outcomes: [Outcome] = []
        for example in detector.examples?.match ?? [] {
            let marked = MarkedExample(example)
            let spans = spans(of: marked.bytes, engine: engine, scratch: scratch, boost: boost)
            let failure: String? =
                if let expected = marked.span {
                    spans.contains(expected)
                        ? nil
                        : "expected a match at bytes \(expected.lowerBound)..<\(expected.upperBound), found \(describe(spans))"
                } else {
                    spans.isEmpty ? "expected a match, found none" : nil
                }
            outcomes.append(Outcome(detector: detector.id, kind: .match, example: example, failure: failure))
        }
        for example in detector.examples?.reject ?? [] {
            let spans = spans(of: Array(example.utf8), engine: engine, scratch: scratch, boost: boost)
            let failure = spans.isEmpty ? nil : "expected no match, found \(describe(spans))"
            outcomes.append(Outcome(detector: detector.id, kind: .reject, example: example, failure: failure))
        }
        return outcomes
    }

    private func spans(of bytes: [UInt8], engine: Engine, scratch: DetectionScratch, boost: Double) -> [Range<Int>] {
        scratch.startInput()
        return bytes.withUnsafeBufferPointer { buffer in
            engine.detect(buffer, reportFrom: 0, reportUntil: buffer.count, scratch: scratch)
                .filter { min(1, $0.confidence + boost) >= threshold }
                .map { $0.start..<$0.end }
        }
    }

    private func describe(_ spans: [Range<Int>]) -> String {
        spans.isEmpty ? "none" : spans.map { "\($0.lowerBound)..<\($0.upperBound)" }.joined(separator: ", ")
    }
}

/// An example with its expected span marked by `«` and `»`: the bytes without the markers, and the span.
struct MarkedExample {
    let bytes: [UInt8]
    let span: Range<Int>?

    private static let open = Array("«".utf8)
    private static let close = Array("»".utf8)

    init(_ text: String) {
        var bytes = Array(text.utf8)
        guard let start = Self.find(Self.open, in: bytes) else {
            self.bytes = bytes
            span = nil
            return
        }
        bytes.removeSubrange(start..<start + Self.open.count)
        guard let end = Self.find(Self.close, in: bytes) else {
            self.bytes = bytes
            span = nil
            return
        }
        bytes.removeSubrange(end..<end + Self.close.count)
        self.bytes = bytes
        span = start..<end
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        return (0...(haystack.count - needle.count)).first { haystack[$0..<$0 + needle.count].elementsEqual(needle) }
    }
}
