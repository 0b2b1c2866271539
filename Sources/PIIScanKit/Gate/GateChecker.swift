/// Checks the classified columns of the checked files against the RoPA: a PII type whose category no activity
/// on the owning system declares fails, unless an inline directive or the baseline suppresses it.
struct GateChecker {
    let reconciler: Reconciler
    let taxonomy: Taxonomy
    let ownership: GateOwnership
    let classifier: GateClassifier
    let baseline: Set<GateBaselineEntry>
    let triage: TriageBook?
    let source: SourceKind
    /// Schemas left out of qualified names (`main`, `public`).
    let defaultSchemas: Set<String>

    /// Findings and warnings for `columns`; `comments` holds each file's line comments by absolute path.
    func check(
        _ columns: [TrackedColumn], comments: [String: LineComments]
    ) throws(GateError) -> (findings: [GateFinding], warnings: [GateWarning]) {
        var findings: [GateFinding] = []
        var warnings: [GateWarning] = []
        for column in columns {
            let lineComments = comments[column.origin.file.absolutePath]?.on(line: column.origin.line) ?? []
            let directive = InlineDirective.find(in: lineComments)
            if directive == .ignoreWithoutReason {
                warnings.append(
                    GateWarning(
                        origin: column.origin,
                        message: "'piiscan:ignore' needs a reason (e.g. '-- piiscan:ignore hashed, not PII'); "
                            + "\(column.qualifiedName(defaultSchemas: defaultSchemas)) is checked as usual"))
            }
            if case .category(let key) = directive { try validate(key, at: column.origin) }
            let classifications = classifier.classify(column, source: source)
            guard !classifications.isEmpty else { continue }
            let system = try ownership.system(for: column.origin.file)
            let activities = reconciler.activities(on: system)
            for classification in classifications {
                let declared = activities.contains { activity in
                    activity.dataCategories.contains { Taxonomy.covers($0, classification.category) }
                }
                let key = GateBaselineEntry(column: column, category: classification.category)
                let verdict = verdict(declared: declared, directive: directive, key: key, column: column)
                if classification.quasiIdentifier && verdict == .undeclared {
                    warnings.append(
                        GateWarning(
                            origin: column.origin,
                            message: "\(column.qualifiedName(defaultSchemas: defaultSchemas)) looks like "
                                + "\(classification.type) (\(classification.category)), a quasi-identifier that no "
                                + "activity on system '\(system.id)' declares; declare it if the column holds people's data"
                        ))
                    continue
                }
                findings.append(
                    GateFinding(
                        column: column, type: classification.type, category: classification.category,
                        detector: classification.detector,
                        confidence: classification.confidence, system: system.id, owner: reconciler.owner(of: system),
                        verdict: verdict,
                        suggestion: ViolationSuggestion.declare(
                            classification.category, on: system, activities: activities),
                        key: key, qualifiedColumn: column.qualifiedName(defaultSchemas: defaultSchemas)))
            }
        }
        return (findings, warnings)
    }

    private func verdict(
        declared: Bool, directive: InlineDirective?, key: GateBaselineEntry, column: TrackedColumn
    ) -> GateFinding.Verdict {
        if declared { return .declared }
        switch directive {
        case .ignore(let reason): return .ignored(reason: reason)
        case .category(let category): return .declaredInline(category: category)
        case .ignoreWithoutReason, nil:
            if baseline.contains(key) { return .baselined }
            let names = [
                column.qualifiedName(defaultSchemas: []), column.qualifiedName(defaultSchemas: defaultSchemas),
            ]
            if let triage, let decision = triage.decision(forColumn: names) {
                let mark = TriageMark(decision, today: triage.today)
                if mark.excuses { return .triaged(mark) }
            }
            return .undeclared
        }
    }

    /// An inline `piiscan:category` key must be a taxonomy key: a usage error naming file and line otherwise.
    private func validate(_ key: String, at origin: ColumnOrigin) throws(GateError) {
        guard !taxonomy.contains(key) else { return }
        let place = "\(origin.file.path):\(origin.line)"
        guard !key.isEmpty else {
            throw GateError(.usage, "\(place): 'piiscan:category' needs a category key (e.g. user.contact.email)")
        }
        let hint =
            NearestKey.suggestion(for: key, among: taxonomy.categories.keys)
            .map { " (did you mean '\($0)'?)" } ?? ""
        throw GateError(.usage, "\(place): unknown category '\(key)' in 'piiscan:category'\(hint)")
    }
}
