/// `--format sarif`: SARIF 2.1.0 that GitHub code scanning accepts, built from the shared `SARIF` types. One
/// rule per kind of problem; one result per failure (`error`) and per warning (`warning`), located at the
/// column name in the migration (path relative to the repository root), fingerprinted by its baseline key.
/// Suppressed and declared findings are left out.
enum GateSARIFReport {
    static let undeclaredRule = "piiscan-gate/undeclared-pii-column"
    static let ignoreRule = "piiscan-gate/ignore-without-reason"

    static func render(_ result: GateResult) -> String {
        let rules = [
            SARIF.Rule(
                id: undeclaredRule, name: "UndeclaredPiiColumn",
                shortDescription: SARIF.Message(text: "A migration adds a PII column the RoPA does not declare"),
                fullDescription: SARIF.Message(
                    text: "A column added or renamed by a migration looks like personal data (by its name, type or "
                        + "comment), and no processing activity on the system that owns the migrations declares its "
                        + "data category."),
                help: SARIF.Message(
                    text: "Add the category to an activity of the owning system in ropa.yaml (the result shows the "
                        + "YAML), or mark the column line with '-- piiscan:ignore <reason>' or "
                        + "'-- piiscan:category <key>'."),
                properties: SARIF.RuleProperties(tags: ["pii", "privacy", "ropa", "migration"])),
            SARIF.Rule(
                id: ignoreRule, name: "IgnoreWithoutReason",
                shortDescription: SARIF.Message(text: "piiscan:ignore without a reason"),
                fullDescription: SARIF.Message(
                    text: "An inline '-- piiscan:ignore' comment gives no reason, so it suppresses nothing."),
                help: SARIF.Message(text: "Write why the column holds no personal data: '-- piiscan:ignore <reason>'."),
                properties: SARIF.RuleProperties(tags: ["privacy", "suppression"])),
        ]
        let results =
            result.failures.map(failureResult) + result.warnings.map(warningResult)
        let run = SARIF.Run(
            tool: SARIF.Tool(
                driver: SARIF.Driver(
                    name: "piiscan", version: PIIScanVersion.current, informationUri: SARIFReporter.informationURI,
                    rules: rules)),
            results: results,
            properties: SARIF.RunProperties(totalResults: results.count, truncated: false, truncationNote: nil))
        let text = (try? ReportJSON.line(SARIF.Log(runs: [run]), encoder: ReportJSON.encoder())) ?? "{}"
        return text + "\n"
    }

    private static func failureResult(_ finding: GateFinding) -> SARIF.Result {
        SARIF.Result(
            ruleId: undeclaredRule, ruleIndex: 0, level: "error",
            message: SARIF.Message(text: GateWording.failure(finding) + ".\n" + GateWording.fix(finding, indent: "  ")),
            locations: [location(finding.column.origin)],
            partialFingerprints: [SARIFReporter.fingerprintKey: finding.key.fingerprint],
            properties: SARIF.ResultProperties(
                type: finding.type, category: finding.category, detector: finding.detector,
                confidence: (finding.confidence * 100).rounded() / 100, system: finding.system, owner: finding.owner,
                suggestion: finding.suggestion))
    }

    private static func warningResult(_ warning: GateWarning) -> SARIF.Result {
        let origin = warning.origin
        let key = "\(origin.file.repositoryPath)\u{0}\(origin.line)\u{0}\(warning.message)"
        return SARIF.Result(
            ruleId: ignoreRule, ruleIndex: 1, level: "warning", message: SARIF.Message(text: warning.message),
            locations: [location(origin)],
            partialFingerprints: [SARIFReporter.fingerprintKey: GateBaselineEntry.digest(key)],
            properties: SARIF.ResultProperties())
    }

    private static func location(_ origin: ColumnOrigin) -> SARIF.Location {
        SARIF.Location(
            physicalLocation: SARIF.PhysicalLocation(
                artifactLocation: SARIF.ArtifactLocation(
                    uri: SARIFReporter.uriReference(origin.file.repositoryPath), uriBaseId: "%SRCROOT%"),
                region: SARIF.Region(
                    startLine: origin.line, startColumn: origin.column, endColumn: origin.column + origin.length,
                    byteOffset: origin.offset, byteLength: origin.length)))
    }
}
