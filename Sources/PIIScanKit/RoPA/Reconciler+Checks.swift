/// The checks on findings a declared system holds: scope, declared categories, DPIA, retention.
extension Reconciler {
    /// One `out_of_scope` per system the PIMS scope excludes (or does not include).
    func outOfScope(_ system: RoPASystem, _ found: [Finding]) -> [Violation] {
        guard let scope = document.scope,
            scope.exclude.contains(system.id) || (!scope.include.isEmpty && !scope.include.contains(system.id))
        else { return [] }
        let special = found.contains { taxonomy.isSpecial($0.category) }
        return [
            Violation(
                kind: .outOfScope, severity: special ? .high : Self.onlyQuasi(found) ? .low : .medium,
                system: system.id, owner: owner(of: system),
                category: nil, evidence: found,
                detail: "personal data found in '\(system.id)', which the PIMS scope leaves out",
                suggestion: ViolationSuggestion.scope(scope, adding: system.id))
        ]
    }

    /// `undeclared_category` for each category no activity on the system covers, and
    /// `special_category_without_dpia` for each special category whose activities have no `dpia: done`.
    func categoryViolations(_ system: RoPASystem, _ found: [Finding]) -> [Violation] {
        let activities = activities(on: system)
        var violations: [Violation] = []
        for (category, findings) in Self.byCategory(found) {
            let special = taxonomy.isSpecial(category)
            let declaring = activities.filter { $0.dataCategories.contains { Taxonomy.covers($0, category) } }
            if declaring.isEmpty {
                violations.append(
                    Violation(
                        kind: .undeclaredCategory,
                        severity: special ? .high : Self.onlyQuasi(findings) ? .low : .medium,
                        system: system.id,
                        owner: owner(of: system), category: category, evidence: findings,
                        detail: "\(category) found in '\(system.id)', but no activity on it declares it",
                        suggestion: ViolationSuggestion.declare(category, on: system, activities: activities)))
            }
            let assessed = declaring.isEmpty ? activities : declaring
            if special && !assessed.contains(where: { $0.dpia == .done }) {
                violations.append(
                    Violation(
                        kind: .specialCategoryWithoutDPIA, severity: .high, system: system.id,
                        owner: owner(of: system), category: category, evidence: findings,
                        detail: "special-category data (\(category)) in '\(system.id)' without a completed DPIA",
                        suggestion: ViolationSuggestion.dpiaDone(assessed, system: system)))
            }
        }
        return violations
    }

    /// Quasi-identifiers alone (a person's city, gender, job title) identify nobody: their violations are low.
    static func onlyQuasi(_ findings: [Finding]) -> Bool {
        !findings.isEmpty && findings.allSatisfy(\.quasiIdentifier)
    }

    /// One `retention_exceeded` per system listing its files with personal data that are older than every
    /// retention its activities declare. No retention declared, or one given as free text (which may be the
    /// longest, and cannot be compared): nothing to check (`freeTextRetentionNotes` says so).
    func retentionExceeded(_ system: RoPASystem, _ found: [Finding], coverage: ScanCoverage) -> [Violation] {
        guard freeTextRetention(on: system) == nil else { return [] }
        let retentions = activities(on: system).compactMap { activity in
            activity.retention.flatMap { retention in retention.seconds.map { (text: retention.text, seconds: $0) } }
        }
        guard let longest = retentions.max(by: { $0.seconds < $1.seconds }) else { return [] }
        let cutoff = now.timeIntervalSince1970 - longest.seconds
        let expired = found.filter { finding in
            guard let path = finding.fileLocation?.diskPath, let time = coverage.modificationTimes[path] else {
                return false
            }
            return time < cutoff
        }
        guard !expired.isEmpty else { return [] }
        let files = Set(expired.compactMap(\.fileLocation?.diskPath))
        let oldest = files.compactMap { coverage.modificationTimes[$0] }.min() ?? cutoff
        let special = expired.contains { taxonomy.isSpecial($0.category) }
        var violation = Violation(
            kind: .retentionExceeded, severity: special ? .high : .medium, system: system.id, owner: owner(of: system),
            category: nil, evidence: expired,
            detail: "\(files.count) file(s) with personal data in '\(system.id)' are older than the longest "
                + "retention declared for it (\(longest.text))",
            suggestion: ViolationSuggestion.retention(
                activities(on: system), ageSeconds: now.timeIntervalSince1970 - oldest))
        violation.count = files.count
        return [violation]
    }

    /// `unsupported_declaration` for each category declared on a fully scanned system and never found there.
    func unsupportedDeclarations(_ system: RoPASystem, _ found: [Finding]) -> [Violation] {
        let activities = activities(on: system)
        var declared: [String] = []
        for category in activities.flatMap(\.dataCategories) where !declared.contains(category) {
            declared.append(category)
        }
        return declared.sorted().filter { category in
            !found.contains { Taxonomy.covers(category, $0.category) }
        }.map { category in
            Violation(
                kind: .unsupportedDeclaration, severity: .info, system: system.id, owner: owner(of: system),
                category: category, locations: system.locations.map { .declared(ViolationSuggestion.describe($0)) },
                count: 0, samples: [],
                detail: "\(category) is declared for '\(system.id)', which was scanned in full, but was never found",
                suggestion: ViolationSuggestion.undeclare(category, from: activities))
        }
    }
}
