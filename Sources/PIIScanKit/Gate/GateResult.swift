/// What the gate decided about one PII type of one checked column.
public struct GateFinding: Sendable, Hashable {
    /// Why the finding passes, or that it fails.
    public enum Verdict: Sendable, Hashable {
        /// An activity on the owning system declares the category.
        case declared
        /// No activity on the owning system declares it: the gate fails.
        case undeclared
        /// `-- piiscan:ignore <reason>` on the column's line.
        case ignored(reason: String)
        /// `-- piiscan:category <key>` on the column's line.
        case declaredInline(category: String)
        /// The baseline file lists it.
        case baselined
        /// An owner's decision (`--triage`) excuses it: a false positive, or an accepted risk before its review day.
        case triaged(TriageMark)
    }

    public var column: TrackedColumn
    public var type: String
    public var category: String
    /// The column rule that named the type (`column_email`).
    public var detector: String
    public var confidence: Double
    /// The owning system's id.
    public var system: String
    public var owner: String?
    public var verdict: Verdict
    /// The `ropa.yaml` change that declares the category.
    public var suggestion: String
    /// Identifies the finding in a baseline and in SARIF `partialFingerprints`.
    public var key: GateBaselineEntry
    /// `schema.table.column` with the default schema left out.
    public var qualifiedColumn: String

    public var fails: Bool { verdict == .undeclared }
}

/// A problem the gate reports without failing (exit 0 stays 0): an ignore without reason.
public struct GateWarning: Sendable, Hashable {
    public var origin: ColumnOrigin
    public var message: String
}

/// Everything one gate run found: the migrations it applied, and its verdict on every PII column it checked.
public struct GateResult: Sendable {
    public var groups: [MigrationGroup]
    /// What read the migrations (PostgreSQL's parser, `in-memory SQLite`, a redacted PostgreSQL locator).
    public var database: String
    public var statementsApplied: Int
    /// Columns of the final schema whose origin is in a checked file.
    public var columnsChecked: Int { columns.count }
    /// Those columns, in schema, table and column order.
    public var columns: [TrackedColumn]
    /// The files whose columns were checked (all of them, or those added since `--base`).
    public var checkedFiles: [String]
    public var findings: [GateFinding]
    public var warnings: [GateWarning]

    /// The findings that fail the gate.
    public var failures: [GateFinding] { findings.filter(\.fails) }
    public var passed: Bool { failures.isEmpty }
}
