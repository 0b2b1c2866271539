/// One piece of PII found: typed, located, masked, and fingerprinted with a keyed hash.
///
/// There is deliberately no raw-value field: `revealedValue` is filled only when the scan plan allows
/// `--reveal`, and is never written to the scan store.
public struct Finding: Sendable, Hashable {
    /// Detector type id, e.g. `email`.
    public var type: String
    /// Taxonomy key, e.g. `user.contact.email`.
    public var category: String
    /// Detector id from the pattern file.
    public var detector: String
    /// 0 to 1.
    public var confidence: Double
    /// Masked value, e.g. `j***@e***.org`.
    public var evidence: String
    /// Hex HMAC-SHA256 of the normalised value under the installation's key.
    public var fingerprint: String
    public var source: SourceKind
    public var location: Location
    /// The raw value, only with `--reveal`.
    public var revealedValue: String?
    /// A quasi-identifier (a person's city, gender, job title): identifying only with other data, so always of
    /// low severity.
    public var quasiIdentifier = false
    /// The owner's triage decision that holds for it, when reports are made with one (`TriageBook.apply`); never
    /// stored with the finding (decisions live in their own table and apply to every run).
    public var triage: TriageMark?

    public init(
        type: String, category: String, detector: String, confidence: Double, evidence: String,
        fingerprint: String, source: SourceKind, location: Location, revealedValue: String? = nil
    ) {
        self.type = type
        self.category = category
        self.detector = detector
        self.confidence = confidence
        self.evidence = evidence
        self.fingerprint = fingerprint
        self.source = source
        self.location = location
        self.revealedValue = revealedValue
    }

    /// The file location, when the finding is in a file.
    public var fileLocation: FileLocation? {
        if case .file(let location) = location { return location }
        return nil
    }

    /// The column location, when the finding is a database column.
    public var columnLocation: ColumnLocation? {
        if case .column(let location) = location { return location }
        return nil
    }
}
