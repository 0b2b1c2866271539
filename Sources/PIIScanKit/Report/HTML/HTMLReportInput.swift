import Foundation

/// Everything the HTML report shows about one run, as plain values: the caller (the `report` command) reads them
/// from the scan store, so the renderer knows nothing about where they were kept.
public struct HTMLReportInput: Sendable {
    /// The page title and top heading, e.g. `piiscan report`.
    public var title: String
    public var generatedAt: Date
    public var run: HTMLReportRun
    /// The run's findings, already masked. `Finding.revealedValue` is never printed, even when set.
    public var findings: [Finding]
    /// The run's RoPA violations; nil when the run was not checked against a RoPA.
    public var violations: [Violation]?
    /// The RoPA whose systems claim findings, as in `Inventory`; without it findings are grouped by the location
    /// they sit in (top-level directory under the target, or database store).
    public var ropa: RoPADocument?
    /// Names and special-category marks of the category keys.
    public var taxonomy: Taxonomy
    /// Earlier runs and this one, oldest first: the trend chart draws one point per entry.
    public var trend: [HTMLReportTrendPoint]

    public init(
        title: String = "piiscan report", generatedAt: Date = Date(), run: HTMLReportRun, findings: [Finding],
        violations: [Violation]? = nil, ropa: RoPADocument? = nil, taxonomy: Taxonomy,
        trend: [HTMLReportTrendPoint] = []
    ) {
        self.title = title
        self.generatedAt = generatedAt
        self.run = run
        self.findings = findings
        self.violations = violations
        self.ropa = ropa
        self.taxonomy = taxonomy
        self.trend = trend
    }
}

/// The run a report describes: when, what, whether it completed, how much it read.
public struct HTMLReportRun: Sendable, Hashable {
    /// The run's id in the scan store, as `piiscan history` prints it.
    public var id: String
    public var startedAt: Date
    /// nil when the run never finished (killed, or still running).
    public var endedAt: Date?
    /// False for a run that was interrupted: its results are partial.
    public var complete: Bool
    /// The targets as given; any credentials in them are removed before printing.
    public var targets: [String]
    /// Files read by this run.
    public var filesScanned: Int
    public var bytesScanned: Int
    /// Files an incremental run did not read again because they were unchanged; nil for a full scan.
    public var filesCarriedOver: Int?
    /// nil when the run had no database target.
    public var tablesScanned: Int?

    public init(
        id: String, startedAt: Date, endedAt: Date?, complete: Bool, targets: [String], filesScanned: Int,
        bytesScanned: Int, filesCarriedOver: Int? = nil, tablesScanned: Int? = nil
    ) {
        self.id = id
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.complete = complete
        self.targets = targets
        self.filesScanned = filesScanned
        self.bytesScanned = bytesScanned
        self.filesCarriedOver = filesCarriedOver
        self.tablesScanned = tablesScanned
    }
}

/// One run in the trend chart.
public struct HTMLReportTrendPoint: Sendable, Hashable {
    public var runID: String
    public var startedAt: Date
    public var findings: Int
    /// nil when that run was not checked against a RoPA.
    public var violations: Int?
    public var complete: Bool

    public init(runID: String, startedAt: Date, findings: Int, violations: Int?, complete: Bool) {
        self.runID = runID
        self.startedAt = startedAt
        self.findings = findings
        self.violations = violations
        self.complete = complete
    }
}
