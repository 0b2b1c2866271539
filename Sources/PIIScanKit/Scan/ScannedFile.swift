/// A file the scan read in full: its path as findings show it, and its modification time (seconds since the
/// epoch). Reconciliation uses these for `retention_exceeded` and to tell which systems were fully scanned.
public struct ScannedFile: Sendable, Hashable {
    public var path: String
    public var modificationTime: Double

    public init(path: String, modificationTime: Double) {
        self.path = path
        self.modificationTime = modificationTime
    }
}
