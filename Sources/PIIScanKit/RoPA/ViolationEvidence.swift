/// The evidence part of a violation built from findings: distinct locations (sorted, capped), distinct masked
/// samples (in finding order, capped) and the number of findings.
struct ViolationEvidence {
    var locations: [ViolationLocation]
    var samples: [String]
    var count: Int

    init(_ findings: [Finding]) {
        locations = Array(Set(findings.map(Self.location)).sorted().prefix(Violation.maxLocations))
        var samples: [String] = []
        for finding in findings where samples.count < Violation.maxSamples && !samples.contains(finding.evidence) {
            samples.append(finding.evidence)
        }
        self.samples = samples
        count = findings.count
    }

    static func location(_ finding: Finding) -> ViolationLocation {
        switch finding.location {
        case .file(let file): .file(path: file.diskPath)
        case .column(let column):
            .column(store: column.store, schema: column.schema, table: column.table, column: column.column)
        }
    }
}

extension Violation {
    /// A violation whose evidence is `findings`.
    init(
        kind: ViolationKind, severity: Severity, system: String?, owner: String?, category: String?,
        evidence findings: [Finding], detail: String, suggestion: String
    ) {
        let evidence = ViolationEvidence(findings)
        self.init(
            kind: kind, severity: severity, system: system, owner: owner, category: category,
            locations: evidence.locations, count: evidence.count, samples: evidence.samples, detail: detail,
            suggestion: suggestion)
    }
}
