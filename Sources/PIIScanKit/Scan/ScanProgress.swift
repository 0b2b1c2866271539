import Synchronization

/// Live counters a terminal can poll while a scan runs (files, bytes, findings so far).
public final class ScanProgress: Sendable {
    private let files = Atomic<Int>(0)
    private let bytes = Atomic<Int>(0)
    private let findings = Atomic<Int>(0)

    public init() {}

    public var filesScanned: Int { files.load(ordering: .relaxed) }
    public var bytesScanned: Int { bytes.load(ordering: .relaxed) }
    public var findingCount: Int { findings.load(ordering: .relaxed) }

    func addBytes(_ count: Int) { bytes.add(count, ordering: .relaxed) }
    func addFile(findings count: Int) {
        files.add(1, ordering: .relaxed)
        findings.add(count, ordering: .relaxed)
    }
}
