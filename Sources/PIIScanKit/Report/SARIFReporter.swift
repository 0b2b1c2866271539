import Foundation

/// `--format sarif`: SARIF 2.1.0 for GitHub code scanning. One rule per detector with results; each result
/// carries only masked evidence, and `partialFingerprints` from the finding's keyed fingerprint.
public final class SARIFReporter: Reporter {
    public static let identifier = "sarif"
    public static let summary = "SARIF 2.1.0 for GitHub code scanning and other SARIF viewers"

    /// GitHub rejects runs of more than 25,000 results; the rest are dropped and the run says so.
    static let maxResults = 25_000
    static let informationURI = "https://github.com/piiscan/piiscan"
    static let fingerprintKey = "piiscanFingerprint/v1"
    /// Confidence from which a result is an `error` rather than a `warning`.
    static let errorThreshold = 0.8

    private let context: ReportContext
    private let output: any ReportOutput
    /// The first findings in report order, at most `2 * maxResults` between trims: a run keeps only
    /// `maxResults`, so no more than that is ever needed, however many findings the scan makes.
    private var findings: [Finding] = []
    private var totalFindings = 0
    private var violations: [Violation] = []

    public init(context: ReportContext, output: any ReportOutput) {
        self.context = context
        self.output = output
    }

    public func add(_ findings: [Finding]) throws {
        self.findings.append(contentsOf: findings)
        totalFindings += findings.count
        if self.findings.count >= 2 * Self.maxResults { keepFirstResults() }
    }

    private func keepFirstResults() {
        findings.sort(by: Finding.reportOrder)
        findings.removeSubrange(min(findings.count, Self.maxResults)...)
    }

    public func add(violations: [Violation]) throws {
        self.violations += violations
    }

    public func finish(summary: ScanSummary) throws {
        keepFirstResults()
        let kept = findings[...]
        let findingRules = makeRules(for: kept)
        let rules = findingRules + Self.violationRules(for: violations)
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        let truncated = totalFindings > kept.count
        let nested = Self.containerArtifacts(for: kept)
        let run = SARIF.Run(
            tool: SARIF.Tool(
                driver: SARIF.Driver(
                    name: "piiscan", version: context.toolVersion, informationUri: Self.informationURI,
                    rules: rules)),
            invocations: [Self.invocation(summary.redacted)],
            artifacts: nested.artifacts.isEmpty ? nil : nested.artifacts,
            results: kept.map { result(for: $0, ruleIndex: ruleIndex[$0.detector] ?? 0, artifacts: nested.index) }
                + violations.map { Self.result(for: $0, ruleIndex: ruleIndex[Self.ruleID($0.kind)] ?? 0) },
            properties: SARIF.RunProperties(
                totalResults: totalFindings, truncated: truncated,
                truncationNote: truncated
                    ? "only the first \(Self.maxResults) of \(totalFindings) results are included" : nil))
        let log = SARIF.Log(runs: [run])
        try output.write(try ReportJSON.line(log, encoder: ReportJSON.encoder()) + "\n")
        try output.flush()
    }

    /// One rule per detector that has a result, sorted by id; described from the context's detector list,
    /// or from the finding itself for a detector the context does not know.
    private func makeRules(for findings: ArraySlice<Finding>) -> [SARIF.Rule] {
        let known = Dictionary(context.detectors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var infos: [String: DetectorInfo] = [:]
        for finding in findings where infos[finding.detector] == nil {
            infos[finding.detector] =
                known[finding.detector]
                ?? DetectorInfo(
                    id: finding.detector, type: finding.type, category: finding.category,
                    summary: "\(finding.type) (\(finding.category))")
        }
        return infos.keys.sorted().compactMap { infos[$0] }.map(Self.rule)
    }

    private static func rule(_ info: DetectorInfo) -> SARIF.Rule {
        let locales = info.locales.isEmpty ? "" : " Locales: \(info.locales.joined(separator: ", "))."
        return SARIF.Rule(
            id: info.id,
            name: ruleName(info.id),
            shortDescription: SARIF.Message(text: info.summary),
            fullDescription: SARIF.Message(
                text: "Personal data of type \(info.type), category \(info.category), found by detector "
                    + "\(info.id).\(locales)"),
            help: SARIF.Message(
                text: "piiscan found what looks like \(info.type) (\(info.category)). Remove it, mask it, or "
                    + "declare this processing in the record of processing activities (RoPA). The evidence "
                    + "is masked; rerun piiscan with --reveal locally to see the value."),
            properties: SARIF.RuleProperties(
                type: info.type, category: info.category, locales: info.locales.isEmpty ? nil : info.locales,
                tags: ["pii", "privacy", info.category]))
    }

    /// `us-ssn.strict` → `UsSsnStrict`: SARIF rule names are identifiers, not sentences.
    static func ruleName(_ id: String) -> String {
        id.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined()
    }

    /// The artifacts of findings inside containers: each container and member once, a member pointing at its
    /// container by `parentIndex` (the outermost at the file on disk, under `%SRCROOT%`), and the index of each
    /// chain (`FileLocation.container` + `path`).
    static func containerArtifacts(for findings: ArraySlice<Finding>) -> (
        artifacts: [SARIF.Artifact], index: [[String]: Int]
    ) {
        var artifacts: [SARIF.Artifact] = []
        var index: [[String]: Int] = [:]
        for finding in findings {
            guard let file = finding.fileLocation, !file.container.isEmpty else { continue }
            let chain = file.container + [file.path]
            guard index[chain] == nil else { continue }
            for depth in chain.indices where index[Array(chain[...depth])] == nil {
                let parent = depth == 0 ? nil : index[Array(chain[..<depth])]
                let location = SARIF.ArtifactLocation(
                    uri: uriReference(chain[depth]), uriBaseId: depth == 0 ? "%SRCROOT%" : nil)
                index[Array(chain[...depth])] = artifacts.count
                artifacts.append(SARIF.Artifact(location: location, parentIndex: parent))
            }
        }
        return (artifacts, index)
    }

    /// The suppression of a result an owner's triage excuses, else nil.
    static func suppressions(_ triage: TriageMark?) -> [SARIF.Suppression]? {
        guard let triage, triage.excuses else { return nil }
        return [SARIF.Suppression(justification: triage.reason)]
    }

    private func result(for finding: Finding, ruleIndex: Int, artifacts: [[String]: Int]) -> SARIF.Result {
        var properties = SARIF.ResultProperties(
            type: finding.type, category: finding.category, detector: finding.detector,
            confidence: (finding.confidence * 100).rounded() / 100, value: finding.revealedValue)
        properties.triage = finding.triage
        let location: SARIF.Location
        switch finding.location {
        case .file(let file):
            properties.field = file.field
            let artifact =
                file.container.isEmpty
                ? SARIF.ArtifactLocation(uri: Self.uriReference(file.path), uriBaseId: "%SRCROOT%")
                : SARIF.ArtifactLocation(
                    uri: Self.uriReference(file.path), index: artifacts[file.container + [file.path]])
            properties.place = file.place
            // In a document, lines and offsets count the extracted text, not the file's bytes: no region, and the
            // place (`page 3`, `Customers!C7`) as a logical location.
            let region = SARIF.Region(
                startLine: max(file.line, 1), startColumn: max(file.column, 1),
                endColumn: max(file.column, 1) + max(file.end - file.start, 0),
                byteOffset: max(file.start, 0), byteLength: max(file.end - file.start, 0))
            location = SARIF.Location(
                physicalLocation: SARIF.PhysicalLocation(
                    artifactLocation: artifact, region: file.place == nil ? region : nil),
                logicalLocations: file.place.map {
                    [SARIF.LogicalLocation(name: $0, fullyQualifiedName: $0, kind: "element")]
                })
        case .column(let column):
            properties.rowsSampled = column.rowsSampled
            properties.rowsMatched = column.rowsMatched
            properties.jsonPath = column.jsonPath
            properties.reason = column.reason
            properties.alternatives = column.alternatives.isEmpty ? nil : column.alternatives
            properties.quasiIdentifier = finding.quasiIdentifier ? true : nil
            properties.sample = column.sample
            properties.valuesTruncated = column.valuesTruncated > 0 ? column.valuesTruncated : nil
            let qualified = "\(column.schema).\(column.table).\(column.column)"
            location = SARIF.Location(
                physicalLocation: SARIF.PhysicalLocation(
                    artifactLocation: Self.artifactLocation(store: Redaction.redactCredentials(in: column.store)),
                    region: nil),
                logicalLocations: [
                    SARIF.LogicalLocation(name: column.column, fullyQualifiedName: qualified, kind: "member")
                ])
        }
        return SARIF.Result(
            ruleId: finding.detector,
            ruleIndex: ruleIndex,
            level: finding.quasiIdentifier ? "note" : finding.confidence >= Self.errorThreshold ? "error" : "warning",
            message: SARIF.Message(text: message(for: finding)),
            locations: [location],
            partialFingerprints: [Self.fingerprintKey: finding.fingerprint],
            properties: properties, suppressions: Self.suppressions(finding.triage))
    }

    /// Type, category and masked evidence; for a column also where it is, since GitHub shows no file for it.
    private func message(for finding: Finding) -> String {
        let text = "\(finding.type) (\(finding.category)): \(finding.evidence)"
        guard let column = finding.columnLocation else { return text }
        let store = Redaction.redactCredentials(in: column.store)
        return text + " in \(store) \(column.schema).\(column.table).\(column.column)"
    }

    /// Where a database finding points. GitHub rejects a whole upload whose URIs use a scheme other than
    /// `file`, so `sqlite:PATH` becomes the database file itself (relative to the source root, or an absolute
    /// `file://` URI), and any other store a relative pseudo-path such as `postgres/host%3A5432/db`.
    static func artifactLocation(store: String) -> SARIF.ArtifactLocation {
        if store.hasPrefix("sqlite:") {
            let path = String(store.dropFirst("sqlite:".count))
            if path.hasPrefix("/") { return SARIF.ArtifactLocation(uri: "file://" + uriReference(path)) }
            return SARIF.ArtifactLocation(uri: uriReference(path), uriBaseId: "%SRCROOT%")
        }
        let pseudoPath = store.replacingOccurrences(of: "://", with: "/")
        return SARIF.ArtifactLocation(uri: uriReference(pseudoPath), uriBaseId: "%SRCROOT%")
    }

    /// Percent-encodes a path into a relative URI reference; `:` is encoded too, so no segment can be read
    /// as a scheme.
    static func uriReference(_ path: String) -> String {
        let allowed = Array("-._~/!$&'()*+,;=@".utf8)
        var output = ""
        for byte in path.utf8 {
            let isUnreserved =
                (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || allowed.contains(byte)
            if isUnreserved {
                output.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                output += "%" + String(byte >> 4, radix: 16, uppercase: true)
                output += String(byte & 0x0F, radix: 16, uppercase: true)
            }
        }
        return output
    }
}
