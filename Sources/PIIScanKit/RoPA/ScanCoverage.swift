import Foundation

/// What a scan reached, for the checks that depend on more than findings: file modification times (retention)
/// and which declared locations were scanned in full (unsupported declarations).
public struct ScanCoverage: Sendable {
    /// Scanned files by path as findings show it → modification time (seconds since the epoch).
    public var modificationTimes: [String: Double]
    /// Database locators scanned (credential-free, as findings show them).
    public var stores: [String]
    /// Items skipped (paths as findings show them): a system with a skipped item was not scanned in full.
    public var skippedItems: [String]
    /// False when the scan was cancelled or a target could not be read: then no system counts as fully scanned.
    public var complete: Bool

    public init(
        modificationTimes: [String: Double] = [:], stores: [String] = [], skippedItems: [String] = [],
        complete: Bool = true
    ) {
        self.modificationTimes = modificationTimes
        self.stores = stores
        self.skippedItems = skippedItems
        self.complete = complete
    }

    /// Skips that leave no personal data unread: binary files, symlinks not followed, devices and FIFOs.
    private static let harmlessSkips: Set<SkipReason> = [.binary, .symlink, .notRegularFile]

    /// The coverage of a live scan (`scan --ropa`, with `ScanOptions.recordScannedFiles` set).
    public init(summary: ScanSummary) {
        self.init(
            modificationTimes: Dictionary(
                summary.scannedFiles.map { ($0.path, $0.modificationTime) }, uniquingKeysWith: { first, _ in first }),
            stores: summary.targets.filter { StoreLocator($0) != nil },
            skippedItems: summary.skipped.filter { !Self.harmlessSkips.contains($0.reason) }.map(\.item),
            complete: !summary.cancelled && summary.unreadableTargets.isEmpty)
    }

    /// The coverage of a saved report (`piiscan reconcile`): only what the findings name is known to have been
    /// scanned. Each file is looked up under `root` for its modification time; files that are gone are left out.
    public init(findings: [Finding], root: String) {
        var times: [String: Double] = [:]
        var stores: Set<String> = []
        for finding in findings {
            switch finding.location {
            case .file(let file) where times[file.path] == nil:
                let url = URL(fileURLWithPath: file.path, relativeTo: URL(fileURLWithPath: root, isDirectory: true))
                let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
                if let date = attributes?[.modificationDate] as? Date {
                    times[file.path] = date.timeIntervalSince1970
                }
            case .column(let column):
                stores.insert(column.store)
            default:
                break
            }
        }
        self.init(modificationTimes: times, stores: stores.sorted())
    }
}
