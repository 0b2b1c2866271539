/// One labelled span in a generated file: a planted PII value (`type` is a detector type id such as `iban`) or a
/// hard negative (`type` is its kind, such as `test_card`). `start` and `end` are byte offsets, end exclusive.
public struct PlantedValue: Sendable, Hashable, Codable {
    /// Path relative to the corpus root.
    public var path: String
    public var start: Int
    public var end: Int
    public var type: String

    public init(path: String, start: Int, end: Int, type: String) {
        self.path = path
        self.start = start
        self.end = end
        self.type = type
    }
}

/// What `CorpusGenerator.generate` wrote: the files (relative paths, in writing order), every planted PII value,
/// every planted hard negative, and the total size.
public struct GeneratedCorpus: Sendable {
    /// The directory the corpus was written into.
    public var root: String
    public var files: [String]
    public var planted: [PlantedValue]
    /// Look-alikes that must not be reported; `type` is the negative's kind (`uuid`, `test_card`, …).
    public var negatives: [PlantedValue]
    public var totalBytes: Int

    public init(root: String, files: [String], planted: [PlantedValue], negatives: [PlantedValue], totalBytes: Int) {
        self.root = root
        self.files = files
        self.planted = planted
        self.negatives = negatives
        self.totalBytes = totalBytes
    }
}
