/// Turns one sampled database column into column-level findings, one per type (and JSON key path), by
/// combining three signals: the column name and comment (`columns.yaml`), the column's type class, and the
/// share of sampled non-null values the detectors match.
///
/// Confidence (`ColumnConfidence`): the values' mean confidence, scaled down for sparse matches but never
/// below 60% of it, so a notes column where 3% of rows hold an email is still reported; raised when the name
/// names the same type. A strong name with no values to check yields a name-only finding.
///
/// The fingerprint is a keyed hash of the column's identity (`store`, schema, table, column, JSON path) and
/// type, not of a value: it stays the same across scans whatever rows the sample draws, so SARIF alerts and
/// scan history track the column. Evidence is the masked form of the most confident matching value.
struct ColumnClassifier {
    /// The detector id of findings that rest on the column name alone.
    static let nameDetector = "column_name"
    /// Evidence of a name-only finding: there is no value to mask.
    static let nameEvidence = "(column name)"

    let engine: Engine

    /// Findings for `sample`, sorted by type then JSON path; confidence filtering is the caller's.
    func classify(_ sample: ColumnSample, scratch: DetectionScratch, jsonPaths: JSONPathNamer? = nil) -> [Finding] {
        let hints = engine.catalog.columnHints
        let nameHint = (hints.hint(forName: sample.location.column) ?? sample.comment.flatMap(hints.hint(forName:)))
            .flatMap { ColumnTypeRules.acceptsName($0.type, in: sample.typeClass) ? $0 : nil }
        var findings: [Finding] = []
        if ColumnTypeRules.scansValues(sample.typeClass) {
            let tally = ColumnMatchTally(
                sample, engine: engine, nameType: nameHint?.type, scratch: scratch, jsonPaths: jsonPaths)
            for (key, entry) in tally.entries.sorted(by: { $0.key < $1.key }) {
                findings.append(valueFinding(key, entry, sample: sample, nameType: nameHint?.type, tally: tally))
            }
        }
        if let nameHint, !findings.contains(where: { $0.type == nameHint.type }) {
            findings.append(nameFinding(nameHint, sample: sample))
        }
        return findings
    }

    private func valueFinding(
        _ key: ColumnMatchTally.Key, _ entry: ColumnMatchTally.Entry, sample: ColumnSample, nameType: String?,
        tally: ColumnMatchTally
    ) -> Finding {
        let detector = engine.catalog.detectors[entry.best.detector]
        let confidence = ColumnConfidence.fromValues(
            meanConfidence: entry.confidenceSum / Double(entry.valuesMatched), matched: entry.valuesMatched,
            sampled: sample.values.count, nameAgrees: nameType == key.type)
        let described = tally.buffer.withUnsafeBufferPointer { engine.describe(entry.best, in: $0) }
        var location = sample.location
        location.rowsMatched = entry.valuesMatched
        location.jsonPath = key.jsonPath
        return Finding(
            type: detector.type, category: detector.category, detector: detector.id, confidence: confidence,
            evidence: described.evidence, fingerprint: fingerprint(key.type, location), source: sample.source,
            location: .column(location), revealedValue: described.revealed)
    }

    private func nameFinding(_ hint: ColumnHints.Hint, sample: ColumnSample) -> Finding {
        let confidence = ColumnConfidence.fromName(
            sampled: sample.values.count,
            nameSuffices: hint.nameSuffices || ColumnTypeRules.confirmsName(hint.type, in: sample.typeClass))
        return Finding(
            type: hint.type, category: hint.category, detector: Self.nameDetector, confidence: confidence,
            evidence: Self.nameEvidence, fingerprint: fingerprint(hint.type, sample.location), source: sample.source,
            location: .column(sample.location))
    }

    /// Keyed hash of the column identity: store, schema, table, column and JSON path, NUL-separated.
    private func fingerprint(_ type: String, _ location: ColumnLocation) -> String {
        let parts = [location.store, location.schema, location.table, location.column, location.jsonPath ?? ""]
        return engine.fingerprinter.fingerprint(
            type: type, normalizedValue: Array(parts.joined(separator: "\u{0}").utf8))
    }
}
