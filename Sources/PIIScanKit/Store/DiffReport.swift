import Foundation

/// `piiscan diff`: text (what changed, one line per new, resolved or changed item, unchanged counted), JSON (both
/// runs and the groups in full) or JSON Lines (one line per new or resolved finding or violation and per changed
/// violation: the record's own fields, which are the scan report's, plus `change` and `record`; a
/// changed violation adds `locations_added` and `locations_removed`).
public enum DiffReport {
    public static func render(_ diff: ScanDiff, format: HistoryFormat) throws -> String {
        switch format {
        case .text: return text(diff)
        case .json: return try HistoryFormat.json(Document(diff: diff)) + "\n"
        case .jsonl:
            var lines: [String] = []
            for (change, findings) in [("new", diff.findings.new), ("resolved", diff.findings.resolved)] {
                lines += try findings.map { try HistoryFormat.json(Line(change: change, record: .finding($0))) }
            }
            for (change, violations) in [("new", diff.violations.new), ("resolved", diff.violations.resolved)] {
                lines += try violations.map { try HistoryFormat.json(Line(change: change, record: .violation($0))) }
            }
            lines += try diff.changedViolations.map {
                try HistoryFormat.json(Line(change: "changed", record: .changedViolation($0)))
            }
            return lines.map { $0 + "\n" }.joined()
        }
    }

    static func text(_ diff: ScanDiff) -> String {
        var lines = [
            "Run \(diff.from.id) (\(HistoryReport.minute(diff.from.startedAt))) -> run \(diff.to.id) "
                + "(\(HistoryReport.minute(diff.to.startedAt)))",
            counts("Findings", diff.findings),
        ]
        lines += diff.findings.new.map { "  + " + describe($0) }
        lines += diff.findings.resolved.map { "  - " + describe($0) }
        lines.append(
            "Violations: \(diff.violations.new.count) new, \(diff.violations.resolved.count) resolved, "
                + "\(diff.changedViolations.count) changed, \(diff.violations.unchanged.count) unchanged")
        lines += diff.violations.new.map { "  + " + describe($0) }
        lines += diff.violations.resolved.map { "  - " + describe($0) }
        lines += diff.changedViolations.map { "  ~ " + describe($0) }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func counts<Item>(_ title: String, _ changes: ScanDiff.Changes<Item>) -> String {
        "\(title): \(changes.new.count) new, \(changes.resolved.count) resolved, \(changes.unchanged.count) unchanged"
    }

    private static func describe(_ finding: Finding) -> String {
        let place: String
        switch finding.location {
        case .file(let file): place = file.description
        case .column(let column):
            place = "\(column.store) \(column.schema).\(column.table).\(column.column)" + (column.jsonPath ?? "")
        }
        let triage = finding.triage.map { "  [\($0.summary)]" } ?? ""
        return TerminalSafe.escape(
            "\(finding.type)  \(place)  \(finding.evidence)  (\(finding.severity.rawValue))\(triage)")
    }

    private static func describe(_ violation: Violation) -> String {
        let parts =
            [violation.kind.rawValue, violation.system ?? "-", violation.category ?? "-"]
            + [violation.locations.map(\.description).joined(separator: ", "), "(\(violation.severity.rawValue))"]
            + (violation.triage.map { ["[\($0.summary)]"] } ?? [])
        return TerminalSafe.escape(parts.joined(separator: "  "))
    }

    /// `kind  system  category  +added, -removed  (severity)`.
    private static func describe(_ change: ViolationChange) -> String {
        let violation = change.violation
        let moves =
            change.addedLocations.map { "+" + $0.description } + change.removedLocations.map { "-" + $0.description }
        let parts =
            [violation.kind.rawValue, violation.system ?? "-", violation.category ?? "-"]
            + [moves.joined(separator: ", "), "(\(violation.severity.rawValue))"]
        return TerminalSafe.escape(parts.joined(separator: "  "))
    }

    private struct Document: Encodable {
        var diff: ScanDiff

        enum CodingKeys: String, CodingKey { case from, to, findings, violations }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(RunRecord(run: diff.from), forKey: .from)
            try container.encode(RunRecord(run: diff.to), forKey: .to)
            try container.encode(Groups(changes: diff.findings), forKey: .findings)
            try container.encode(
                Groups(changes: diff.violations, changed: diff.changedViolations.map(ChangedViolation.init)),
                forKey: .violations)
        }
    }

    /// `new`, `resolved`, `changed` (violations only) and `unchanged`.
    private struct Groups<Item: Encodable & Sendable>: Encodable {
        var changes: ScanDiff.Changes<Item>
        var changed: [ChangedViolation]?

        enum CodingKeys: String, CodingKey { case new, resolved, changed, unchanged }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(changes.new, forKey: .new)
            try container.encode(changes.resolved, forKey: .resolved)
            try container.encodeIfPresent(changed, forKey: .changed)
            try container.encode(changes.unchanged, forKey: .unchanged)
        }
    }

    /// A changed violation: its later record's fields, then `locations_added` and `locations_removed`.
    private struct ChangedViolation: Encodable {
        var change: ViolationChange

        enum CodingKeys: String, CodingKey {
            case locationsAdded = "locations_added"
            case locationsRemoved = "locations_removed"
        }

        func encode(to encoder: any Encoder) throws {
            try change.violation.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(change.addedLocations, forKey: .locationsAdded)
            try container.encode(change.removedLocations, forKey: .locationsRemoved)
        }
    }

    private struct Line: Encodable {
        enum Record {
            case finding(Finding)
            case violation(Violation)
            case changedViolation(ViolationChange)
        }

        var change: String
        var record: Record

        enum CodingKeys: String, CodingKey { case change, record }

        func encode(to encoder: any Encoder) throws {
            switch record {
            case .finding(let finding): try finding.encode(to: encoder)
            case .violation(let violation): try violation.encode(to: encoder)
            case .changedViolation(let change): try ChangedViolation(change: change).encode(to: encoder)
            }
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(change, forKey: .change)
            switch record {
            case .finding: try container.encode("finding", forKey: .record)
            case .violation, .changedViolation: try container.encode("violation", forKey: .record)
            }
        }
    }
}
