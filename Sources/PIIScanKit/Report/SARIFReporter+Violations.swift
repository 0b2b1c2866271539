import Crypto

/// RoPA violations in SARIF: one rule per violation kind (`ropa/undeclared_category`…), one result per
/// violation, located at its first file, or at its store as the artifact; the fix goes in the message.
extension SARIFReporter {
    static func ruleID(_ kind: ViolationKind) -> String { "ropa/" + kind.rawValue }

    /// The rules of the kinds present, in kind order.
    static func violationRules(for violations: [Violation]) -> [SARIF.Rule] {
        Set(violations.map(\.kind)).sorted().map { kind in
            let controls = (kind.iso27701v2019 + kind.iso27701v2025).map(\.number).joined(separator: ", ")
            return SARIF.Rule(
                id: ruleID(kind), name: ruleName(kind.rawValue),
                shortDescription: SARIF.Message(
                    text: "RoPA: \(kind.rawValue.replacingOccurrences(of: "_", with: " "))"),
                fullDescription: SARIF.Message(
                    text: "The scan disagrees with the record of processing activities (\(kind.rawValue)). "
                        + "ISO/IEC 27701 controls: \(controls)."),
                help: SARIF.Message(
                    text: "Update ropa.yaml with the YAML in the result's suggestion, or remove the data; tell the "
                        + "owner named in the result."),
                properties: SARIF.RuleProperties(tags: ["ropa", "privacy", kind.rawValue]))
        }
    }

    static func result(for violation: Violation, ruleIndex: Int) -> SARIF.Result {
        let place = violation.locations.first.map { " at \($0.description)" } ?? ""
        return SARIF.Result(
            ruleId: ruleID(violation.kind),
            ruleIndex: ruleIndex,
            level: violation.severity >= .high ? "error" : violation.severity >= .low ? "warning" : "note",
            message: SARIF.Message(text: violation.detail + place + ". Fix:\n" + violation.suggestion),
            locations: [location(for: violation.locations.first)],
            partialFingerprints: [fingerprintKey: fingerprint(violation)],
            properties: SARIF.ResultProperties(
                category: violation.category, severity: violation.severity.rawValue, system: violation.system,
                owner: violation.owner, count: violation.count, suggestion: violation.suggestion,
                triage: violation.triage),
            suppressions: suppressions(violation.triage))
    }

    private static func location(for location: ViolationLocation?) -> SARIF.Location {
        switch location {
        case .file(let path):
            return SARIF.Location(
                physicalLocation: SARIF.PhysicalLocation(
                    artifactLocation: SARIF.ArtifactLocation(uri: uriReference(path), uriBaseId: "%SRCROOT%")))
        case .column(let store, let schema, let table, let column):
            return SARIF.Location(
                physicalLocation: SARIF.PhysicalLocation(
                    artifactLocation: artifactLocation(store: Redaction.redactCredentials(in: store))),
                logicalLocations: [
                    SARIF.LogicalLocation(
                        name: column, fullyQualifiedName: "\(schema).\(table).\(column)", kind: "member")
                ])
        case .declared(let declared):
            let store = declared.split(separator: " ").first.map(String.init) ?? declared
            if StoreLocator(store) != nil {
                return SARIF.Location(
                    physicalLocation: SARIF.PhysicalLocation(artifactLocation: artifactLocation(store: store)))
            }
            return SARIF.Location(physicalLocation: SARIF.PhysicalLocation(artifactLocation: ropaArtifact))
        case nil:
            return SARIF.Location(physicalLocation: SARIF.PhysicalLocation(artifactLocation: ropaArtifact))
        }
    }

    /// Where a violation without evidence points: the record itself.
    private static let ropaArtifact = SARIF.ArtifactLocation(uri: "ropa.yaml", uriBaseId: "%SRCROOT%")

    /// Stable across runs for the same disagreement: a hash of kind, system, category and locations (no values).
    private static func fingerprint(_ violation: Violation) -> String {
        let key = [
            violation.kind.rawValue, violation.system ?? "", violation.category ?? "",
            violation.locations.map(\.description).joined(separator: "\n"),
        ].joined(separator: "\u{0}")
        return SHA256.hash(data: Array(key.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
