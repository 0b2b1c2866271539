/// The checks that look past the declared systems: locations no system claims, and systems scanned in full.
extension Reconciler {
    /// One `shadow_store` per unclaimed location (a file's directory, or a whole store) and category.
    func shadowStores(_ unclaimed: [Finding]) -> [Violation] {
        let groups = Dictionary(grouping: unclaimed, by: Self.shadowLocation)
        return groups.sorted { $0.key < $1.key }.flatMap { location, findings in
            Self.byCategory(findings).map { category, findings in
                Violation(
                    kind: .shadowStore, severity: Self.onlyQuasi(findings) ? .low : .high, system: nil, owner: nil,
                    category: category,
                    evidence: findings,
                    detail: "\(category) found in \(location), which no declared system claims",
                    suggestion: ViolationSuggestion.system(for: location, category: category))
            }
        }
    }

    /// Where an unclaimed finding lives, as a RoPA location would name it: `dir/**` for a file in a directory,
    /// the path itself for a file at the root, the locator for a column.
    static func shadowLocation(_ finding: Finding) -> String {
        switch finding.location {
        case .file(let file):
            guard let slash = file.diskPath.lastIndex(of: "/") else { return file.diskPath }
            return String(file.diskPath[..<slash]) + "/**"
        case .column(let column):
            return column.store
        }
    }

    /// A system is scanned in full when the scan completed, every location it declares was reached (a path glob
    /// matched a scanned file, a store was a target), and none of its items was skipped.
    func isFullyScanned(_ system: RoPASystem, coverage: ScanCoverage) -> Bool {
        guard coverage.complete, !system.locations.isEmpty else { return false }
        let scannedStores = coverage.stores.compactMap { StoreLocator($0) }
        for location in system.locations {
            let claim = SystemResolver(document: RoPADocument(organization: "", systems: [system.only(location)]))
            switch location {
            case .path:
                let reached = coverage.modificationTimes.keys.contains { claim.claims(.file(path: $0)) }
                if !reached { return false }
            case .store(let locator, _):
                guard let wanted = StoreLocator(locator), scannedStores.contains(wanted) else { return false }
            }
        }
        let resolver = SystemResolver(document: RoPADocument(organization: "", systems: [system]))
        return !coverage.skippedItems.contains { resolver.claims(.file(path: $0)) }
    }
}

extension RoPASystem {
    /// The same system with only `location`.
    fileprivate func only(_ location: RoPALocation) -> RoPASystem {
        var copy = self
        copy.locations = [location]
        return copy
    }
}
