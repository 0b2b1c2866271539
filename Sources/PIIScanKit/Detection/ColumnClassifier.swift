/// Turns one sampled database column into its verdict: one finding per JSON key path (one for a plain column),
/// the most confident of the types its evidence supports, with the others listed as alternatives and the
/// evidence given in words (`ColumnLocation.reason`).
///
/// Evidence weighed (docs/columns.md):
/// - the column name, or else its comment, through the column rules (`columns.yaml`, `ColumnRules`);
/// - the table (`TableContext`): a bare `name`, a `city` or a `title` counts only about people;
/// - the type class (`ColumnTypeRules`): numbers are never phones by value alone, `inet` is an IP address;
/// - the share of sampled values the detectors match (`ColumnMatchTally`, `ColumnConfidence`), of values of
///   the shape a name promises (`ColumnValueShape`), and of values that look like people's names.
///
/// The fingerprint is a keyed hash of the column's identity (`store`, schema, table, column, JSON path) and
/// type, not of a value: it stays the same across scans whatever rows the sample draws, so SARIF alerts and
/// scan history track the column. Evidence is the masked form of the most confident matching value, never a
/// value of a `secret` column (credentials), not even with `--reveal`.
struct ColumnClassifier {
    /// Evidence of a finding that rests on the column name alone: there is no value to mask.
    static let nameEvidence = "(column name)"
    /// Runners-up below this confidence are not listed.
    static let alternativeFloor = 0.2
    static let maximumAlternatives = 3

    let engine: Engine

    /// The column's verdicts, sorted by JSON path; confidence filtering is the caller's. `context` and
    /// `position` place the column in its table (`TableContext.none` for a column alone).
    func classify(
        _ sample: ColumnSample, context: TableContext = .none, position: Int = 0, scratch: DetectionScratch,
        jsonPaths: JSONPathNamer? = nil
    ) -> [Finding] {
        let name = ColumnNameEvidence(sample, rules: engine.catalog.columnRules)
        let person =
            name?.match.personWord.map { "the name says \"\($0)\"" }
            ?? context.personEvidence(forColumnAt: position)
        var candidates: [ColumnCandidate] = []
        if ColumnTypeRules.scansValues(sample.typeClass) {
            let tally = ColumnMatchTally(
                sample, engine: engine, nameType: name?.match.rule.type, scratch: scratch, jsonPaths: jsonPaths)
            for (key, entry) in tally.entries.sorted(by: { $0.key < $1.key }) {
                candidates.append(valueCandidate(key, entry, sample: sample, name: name, person: person, tally: tally))
            }
        }
        if let name, !candidates.contains(where: { $0.type == name.match.rule.type && $0.jsonPath == nil }) {
            candidates.append(nameCandidate(name, sample: sample, person: person))
        }
        if let implied = impliedCandidate(sample, existing: candidates) { candidates.append(implied) }
        if name == nil, let people = peopleCandidate(sample, person: person, existing: candidates) {
            candidates.append(people)
        }
        if name == nil, sample.location.column.isEmpty { judgeBirthDates(sample, candidates: &candidates) }
        if name?.match.rule.secret == true {
            for index in candidates.indices { candidates[index].revealedValue = nil }
        }
        let rules = engine.catalog.columnRules
        if let thing = rules.notPersonalPhrase(words: ColumnNameTokens.tokens(of: sample.location.column)) {
            for index in candidates.indices {
                candidates[index].confidence = min(candidates[index].confidence, ColumnConfidence.nameContradicted)
                candidates[index].reason += ", but the name \"\(thing)\" identifies a thing"
            }
        }
        if let organisation = context.organisationEvidence(forColumnAt: position) {
            for index in candidates.indices
            where rules.isOrganisationContact(candidates[index].type) {
                candidates[index].confidence = min(candidates[index].confidence, ColumnConfidence.nameContradicted)
                candidates[index].reason += ", but \(organisation)"
            }
        }
        return verdicts(candidates, sample: sample)
    }

    // MARK: - Candidates

    private func valueCandidate(
        _ key: ColumnMatchTally.Key, _ entry: ColumnMatchTally.Entry, sample: ColumnSample,
        name: ColumnNameEvidence?, person: String?, tally: ColumnMatchTally
    ) -> ColumnCandidate {
        let detector = engine.catalog.detectors[entry.best.detector]
        let nameAgrees =
            name.map { $0.match.rule.type == key.type && ($0.match.rule.evidence != .person || person != nil) }
            ?? false
        var confidence = ColumnConfidence.fromValues(
            meanConfidence: entry.confidenceSum / Double(entry.valuesMatched), matched: entry.valuesMatched,
            placeholders: entry.placeholders, sampled: sample.values.count, nameAgrees: nameAgrees)
        let described = tally.buffer.withUnsafeBufferPointer { engine.describe(entry.best, in: $0) }
        var reason = "\(ColumnCandidate.share(entry.valuesMatched, of: sample.values.count)) values are \(key.type)"
        if entry.placeholders > 0 { reason += " (\(entry.placeholders) of them placeholders)" }
        if !nameAgrees, !detector.validators.isEmpty,
            let numbers = ColumnValueShape.chanceNumbers(sample.values, matched: entry.valuesMatched)
        {
            confidence = min(confidence, ColumnConfidence.nameContradicted)
            reason += ", by chance: the column holds \(numbers) numbers"
        }
        if nameAgrees, let name {
            let about = name.match.rule.evidence == .person ? person.map { " (\($0))" } ?? "" : ""
            reason = "\(name.description)\(about) + \(reason)"
        }
        return ColumnCandidate(
            type: detector.type, category: detector.category, detector: detector.id, confidence: confidence,
            evidence: described.evidence, revealedValue: described.revealed, rowsMatched: entry.valuesMatched,
            jsonPath: key.jsonPath, reason: reason)
    }

    private func nameCandidate(
        _ name: ColumnNameEvidence, sample: ColumnSample, person: String?
    ) -> ColumnCandidate {
        let rule = name.match.rule
        let sampled = sample.values.count
        var confidence: Double
        var because: String
        let people =
            rule.type == "person_name"
            ? PersonNameValues(sample, personContext: person != nil || rule.evidence == .name) : nil
        if ColumnTypeRules.confirmsName(rule.type, in: sample.typeClass) {
            (confidence, because) = (ColumnConfidence.nameSupported, "column type \(sample.typeClass.rawValue)")
        } else {
            switch rule.evidence {
            case .values:
                let shaped = rule.digits.map { ColumnValueShape.countDigitStrings(sample.values, digits: $0) } ?? 0
                if let digits = rule.digits, ColumnConfidence.wilsonLowerBound(shaped, of: sampled) >= 0.5 {
                    confidence = ColumnConfidence.nameSupported
                    because =
                        "\(ColumnCandidate.share(shaped, of: sampled)) values are numbers of "
                        + "\(digits.lowerBound) to \(digits.upperBound) digits"
                } else if sampled == 0 {
                    (confidence, because) = (ColumnConfidence.nameUnchecked, "no values to check")
                } else {
                    (confidence, because) = (ColumnConfidence.nameContradicted, "but none of \(sampled) values is one")
                }
            case .name:
                if let people, people.supportsName {
                    (confidence, because) = (ColumnConfidence.nameSupported, people.description)
                } else {
                    (confidence, because) = (
                        rule.secret ? ColumnConfidence.nameSupported : ColumnConfidence.nameSuffices, ""
                    )
                }
            case .person:
                (confidence, because) = personRuleConfidence(person: person, people: people)
            }
        }
        return ColumnCandidate(
            type: rule.type, category: rule.category, detector: rule.id, confidence: confidence,
            evidence: Self.nameEvidence,
            reason: [name.description, because].filter { !$0.isEmpty }.joined(separator: ", "),
            quasiIdentifier: rule.quasiIdentifier)
    }

    /// A rule that needs people: confirmed by the table, and for names by values that look like people's.
    private func personRuleConfidence(person: String?, people: PersonNameValues?) -> (Double, String) {
        switch (person, people) {
        case (let person?, let people?) where people.supportsName:
            (ColumnConfidence.nameSupported, "\(person), \(people.description)")
        case (_?, let people?) where people.contradictsName:
            (ColumnConfidence.nameContradicted, "but \(people.description)")
        case (let person?, _):
            (ColumnConfidence.nameSuffices, person)
        case (nil, let people?) where people.supportsName:
            (ColumnConfidence.nameSuffices, people.description)
        default:
            (ColumnConfidence.nameContradicted, "but nothing says the rows are people")
        }
    }

    /// The type a column's SQL type proves (`inet`), when nothing else reported it as confidently (private
    /// addresses alone are placeholders, but an `inet` column holds addresses all the same).
    private func impliedCandidate(_ sample: ColumnSample, existing: [ColumnCandidate]) -> ColumnCandidate? {
        guard let type = ColumnTypeRules.impliedType(sample.typeClass),
            !existing.contains(where: { $0.type == type && $0.confidence >= ColumnConfidence.typeImplied }),
            let rule = engine.catalog.columnRules.rules.first(where: { $0.type == type })
        else { return nil }
        return ColumnCandidate(
            type: type, category: rule.category, detector: rule.id, confidence: ColumnConfidence.typeImplied,
            evidence: Self.nameEvidence, reason: "column type \(sample.typeClass.rawValue)")
    }

    /// A text column without a name rule whose values mostly look like people's names (`composer`).
    private func peopleCandidate(
        _ sample: ColumnSample, person: String?, existing: [ColumnCandidate]
    ) -> ColumnCandidate? {
        guard let people = PersonNameValues(sample, personContext: person != nil), people.looksLikeNames,
            let rule = engine.catalog.columnRules.rules.first(where: { $0.type == "person_name" })
        else { return nil }
        let confidence = person == nil ? ColumnConfidence.nameSuffices : ColumnConfidence.nameSupported
        if let found = existing.first(where: { $0.type == "person_name" && $0.jsonPath == nil }),
            found.confidence >= confidence
        {
            return nil
        }
        return ColumnCandidate(
            type: rule.type, category: rule.category, detector: rule.id, confidence: confidence,
            evidence: Self.nameEvidence, rowsMatched: people.matched,
            reason: [people.description, person].compactMap { $0 }.joined(separator: ", "))
    }

    /// A column with no name whose values are dates spread as birth dates are (`BirthDateSpread`): the bare-date
    /// detector's weak matches become a date-of-birth column.
    private func judgeBirthDates(_ sample: ColumnSample, candidates: inout [ColumnCandidate]) {
        guard let spread = BirthDateSpread(sample.values) else { return }
        let reason = spread.description(of: sample.values.count)
        if let index = candidates.firstIndex(where: { $0.type == "date_of_birth" && $0.jsonPath == nil }) {
            candidates[index].confidence = max(candidates[index].confidence, ColumnConfidence.nameSuffices)
            candidates[index].reason = reason
        } else if let rule = engine.catalog.columnRules.rules.first(where: { $0.type == "date_of_birth" }) {
            candidates.append(
                ColumnCandidate(
                    type: rule.type, category: rule.category, detector: rule.id,
                    confidence: ColumnConfidence.nameSuffices, evidence: Self.nameEvidence, rowsMatched: spread.dates,
                    reason: reason))
        }
    }

    // MARK: - Verdicts

    /// The best candidate per JSON path, with the rest as alternatives.
    private func verdicts(_ candidates: [ColumnCandidate], sample: ColumnSample) -> [Finding] {
        let byPath = Dictionary(grouping: candidates, by: { $0.jsonPath ?? "" })
        return byPath.keys.sorted().compactMap { path in
            let ranked = byPath[path]!.sorted { $0.confidence > $1.confidence }
            guard let best = ranked.first else { return nil }
            var location = sample.location
            location.rowsMatched = best.rowsMatched
            location.jsonPath = best.jsonPath
            location.reason = best.reason
            var listed: Set<String> = [best.type]
            location.alternatives = ranked.filter {
                $0.confidence >= Self.alternativeFloor && listed.insert($0.type).inserted
            }
            .prefix(Self.maximumAlternatives).map { ColumnAlternative(type: $0.type, confidence: $0.confidence) }
            var finding = Finding(
                type: best.type, category: best.category, detector: best.detector, confidence: best.confidence,
                evidence: best.evidence, fingerprint: fingerprint(best.type, location), source: sample.source,
                location: .column(location), revealedValue: best.revealedValue)
            finding.quasiIdentifier = best.quasiIdentifier
            return finding
        }
    }

    /// Keyed hash of the column identity: store, schema, table, column and JSON path, NUL-separated.
    private func fingerprint(_ type: String, _ location: ColumnLocation) -> String {
        let parts = [location.store, location.schema, location.table, location.column, location.jsonPath ?? ""]
        return engine.fingerprinter.fingerprint(
            type: type, normalizedValue: Array(parts.joined(separator: "\u{0}").utf8))
    }
}
