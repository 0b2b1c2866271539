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

    /// The skipped items that may hold data the scan did not read.
    private static func unreadItems(_ summary: ScanSummary) -> [String] {
        summary.skipped.filter { !harmlessSkips.contains($0.reason) }.map(\.item)
    }

    /// The coverage of a live scan (`scan --ropa`, with `ScanOptions.recordScannedFiles` set).
    public init(summary: ScanSummary) {
        self.init(
            modificationTimes: Dictionary(
                summary.scannedFiles.map { ($0.path, $0.modificationTime) }, uniquingKeysWith: { first, _ in first }),
            stores: summary.targets.filter { StoreLocator($0) != nil },
            skippedItems: Self.unreadItems(summary),
            complete: !summary.cancelled && summary.unreadableTargets.isEmpty)
    }

    /// The coverage of a saved report (`piiscan reconcile`): only what the findings name is known to have been
    /// scanned. Each file is looked up under `root` for its modification time; files that are gone are left out.
    /// `summary`, the report's summary line when it has one, adds its skipped items and whether it completed.
    public init(findings: [Finding], root: String, summary: ScanSummary? = nil) {
        var times: [String: Double] = [:]
        var stores: Set<String> = []
        for finding in findings {
            switch finding.location {
            case .file(let file) where times[file.diskPath] == nil:
                let url = URL(fileURLWithPath: file.diskPath, relativeTo: URL(fileURLWithPath: root, isDirectory: true))
                let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
                if let date = attributes?[.modificationDate] as? Date {
                    times[file.diskPath] = date.timeIntervalSince1970
                }
            case .column(let column):
                stores.insert(column.store)
            default:
                break
            }
        }
        self.init(
            modificationTimes: times, stores: stores.sorted(),
            skippedItems: summary.map(Self.unreadItems) ?? [],
            complete: summary.map { !$0.cancelled && $0.unreadableTargets.isEmpty } ?? true)
    }
}
