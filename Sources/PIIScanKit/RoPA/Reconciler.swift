import Foundation

/// Compares what a scan found with the declared RoPA and reports every disagreement as a `Violation`.
///
/// Findings below `minConfidence` are ignored. Each finding is mapped to a system by `SystemResolver`; findings
/// no system claims are shadow stores, grouped by directory (files) or by store (columns). Violations come back
/// sorted by kind, system, category and first location, so the same inputs always give the same report.
public struct Reconciler {
    let document: RoPADocument
    let taxonomy: Taxonomy
    let minConfidence: Double
    /// The time retention is measured against.
    let now: Date
    let resolver: SystemResolver

    public init(document: RoPADocument, taxonomy: Taxonomy, minConfidence: Double = 0.5, now: Date = Date()) {
        self.document = document
        self.taxonomy = taxonomy
        self.minConfidence = minConfidence
        self.now = now
        self.resolver = SystemResolver(document: document)
    }

    /// Every violation of `findings` against the document, given what the scan reached, and the gaps of the
    /// document itself (`RoPAGaps`).
    public func reconcile(_ findings: [Finding], coverage: ScanCoverage) -> [Violation] {
        let (bySystem, unclaimed) = claimed(findings)
        var violations = shadowStores(unclaimed) + RoPAGaps(document: document, taxonomy: taxonomy).violations()
        for system in document.systems {
            let found = bySystem[system.id] ?? []
            if !found.isEmpty {
                violations += outOfScope(system, found)
                violations += categoryViolations(system, found)
                violations += retentionExceeded(system, found, coverage: coverage)
            }
            if isFullyScanned(system, coverage: coverage) {
                violations += unsupportedDeclarations(system, found)
            }
        }
        return violations.sorted(by: Self.reportOrder)
    }

    /// What `reconcile` could not check, one sentence each: systems that declare a retention but hold files
    /// whose modification time is unknown (a saved report whose files are not under `root`), so
    /// `retention_exceeded` could not be decided for them.
    public func uncheckedRetention(_ findings: [Finding], coverage: ScanCoverage, root: String) -> [String] {
        let bySystem = claimed(findings).bySystem
        return document.systems.compactMap { system in
            guard freeTextRetention(on: system) == nil,
                activities(on: system).contains(where: { $0.retention != nil })
            else { return nil }
            let unknown = Set(
                (bySystem[system.id] ?? []).compactMap(\.fileLocation?.diskPath).filter {
                    coverage.modificationTimes[$0] == nil
                })
            guard !unknown.isEmpty else { return nil }
            return "retention not checked for '\(system.id)': \(unknown.count) file(s) with findings not found under "
                + "'\(root)' (give --root, the directory the scan's paths are relative to)"
        }
    }

    /// One sentence per system holding files with findings whose retention is free text
    /// (`6 years after employment ends`): `retention_exceeded` is not checked for it, and the report says so.
    public func freeTextRetentionNotes(_ findings: [Finding]) -> [String] {
        let bySystem = claimed(findings).bySystem
        return document.systems.compactMap { system in
            guard let activity = freeTextRetention(on: system),
                bySystem[system.id]?.contains(where: { $0.fileLocation != nil }) == true
            else { return nil }
            return "retention not checked for '\(system.id)': activity '\(activity.id)' gives it as free text "
                + "('\(activity.retention?.text ?? "")'); write an ISO 8601 duration (P6Y) to have files checked"
        }
    }

    /// The first activity on `system` whose retention is free text: the system's files cannot be checked.
    func freeTextRetention(on system: RoPASystem) -> RoPAActivity? {
        activities(on: system).first { $0.retention?.isFreeText == true }
    }

    /// Findings at or above `minConfidence` by the id of the system that claims them, and those none claims.
    private func claimed(_ findings: [Finding]) -> (bySystem: [String: [Finding]], unclaimed: [Finding]) {
        var bySystem: [String: [Finding]] = [:]
        var unclaimed: [Finding] = []
        for finding in findings where finding.confidence >= minConfidence {
            if let system = resolver.system(for: finding) {
                bySystem[system.id, default: []].append(finding)
            } else {
                unclaimed.append(finding)
            }
        }
        return (bySystem, unclaimed)
    }

    /// The activities that name `system`, in declaration order.
    func activities(on system: RoPASystem) -> [RoPAActivity] {
        document.activities.filter { $0.systems.contains(system.id) }
    }

    /// The system's owner, else the owner of its first activity that names one.
    func owner(of system: RoPASystem) -> String? {
        system.owner ?? activities(on: system).lazy.compactMap(\.owner).first
    }

    /// Findings grouped by category, categories sorted.
    static func byCategory(_ findings: [Finding]) -> [(category: String, findings: [Finding])] {
        Dictionary(grouping: findings, by: \.category).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    private static func reportOrder(_ lhs: Violation, _ rhs: Violation) -> Bool {
        let left = (lhs.kind, lhs.system ?? "", lhs.category ?? "", lhs.locations.first?.description ?? "")
        let right = (rhs.kind, rhs.system ?? "", rhs.category ?? "", rhs.locations.first?.description ?? "")
        return left < right
    }
}
