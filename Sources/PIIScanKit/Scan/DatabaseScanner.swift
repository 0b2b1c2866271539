import Foundation
import Synchronization

/// Scans one database store: walks the schema on one session, then samples and classifies its tables on
/// `--db-connections` threads, each with its own session and `DetectionScratch`, handing results back in
/// table order (schema, table) through an `OrderedEmitter`.
///
/// A store that cannot be opened or walked is an unreadable target (exit 3) and a skipped item with its reason. A
/// table that fails (no SELECT right, statement timeout, dropped connection, corrupt page) is skipped with its
/// reason and the scan goes on; after a dropped connection the thread reconnects for the tables that remain.
/// Single use.
final class DatabaseScanner: Sendable {
    /// What scanning the store came to.
    struct Outcome {
        var tables = 0
        var columns = 0
        /// Binary columns (`bytea`, BLOB) whose values were not read (no `--include-binary`).
        var binaryColumns = 0
        var skipped: [SkippedItem] = []
        /// Set when the store could not be scanned at all; names the store, never a password.
        var targetError: String?
    }

    /// One table's findings, or why it was skipped.
    struct TableResult: Sendable {
        var findings: [Finding] = []
        var columns = 0
        var binaryColumns = 0
        var skipped: SkippedItem?
        /// A table sampled and classified, but with sampled values of some columns not searched (`pattern_limit`).
        var incomplete: SkippedItem?
        /// A table sampled and classified, with values of some columns cut at `--max-value-bytes`.
        var truncated: SkippedItem?
    }

    private let store: any DatabaseStore
    private let plan: ScanPlan
    /// The plan's sampling limits with this scan's seed.
    private let limits: SampleLimits
    private let engine: Engine
    private let progress: ScanProgress
    private let cancelled: @Sendable () -> Bool
    private let nextTable = Atomic<Int>(0)

    init(
        store: any DatabaseStore, plan: ScanPlan, limits: SampleLimits, engine: Engine, progress: ScanProgress,
        cancelled: @escaping @Sendable () -> Bool
    ) {
        self.store = store
        self.plan = plan
        self.limits = limits
        self.engine = engine
        self.progress = progress
        self.cancelled = cancelled
    }

    /// Scans every table, calling `onFindings` on the calling thread in table order.
    func run(onFindings: ([Finding]) throws -> Void) rethrows -> Outcome {
        let options = plan.options
        let filter = options.database.filter(includeGlobs: options.includeGlobs, excludeGlobs: options.excludeGlobs)
        let tables: [DatabaseTable]
        do {
            tables = try store.openSession(limits: limits).tables(matching: filter)
        } catch {
            let skipped = SkippedItem(
                item: store.locator, reason: Self.storeSkipReason(error.code), detail: error.message)
            return Outcome(skipped: [skipped], targetError: error.message)
        }
        let emitter = OrderedEmitter<TableResult>(window: 64)
        let finished = DispatchGroup()
        for _ in 0..<min(options.database.connections, tables.count) {
            finished.enter()
            let thread = Thread {
                self.work(tables, emitter: emitter)
                finished.leave()
            }
            thread.stackSize = 4 << 20
            thread.start()
        }
        emitter.finish(total: tables.count)
        defer { finished.wait() }
        var outcome = Outcome()
        while let result = emitter.next()?.part {
            if let skipped = result.skipped {
                outcome.skipped.append(skipped)
            } else {
                if let incomplete = result.incomplete { outcome.skipped.append(incomplete) }
                if let truncated = result.truncated { outcome.skipped.append(truncated) }
                outcome.tables += 1
                outcome.columns += result.columns
                outcome.binaryColumns += result.binaryColumns
            }
            if !result.findings.isEmpty { try onFindings(result.findings) }
        }
        return outcome
    }

    /// One connection's loop: takes the next table until none is left.
    private func work(_ tables: [DatabaseTable], emitter: OrderedEmitter<TableResult>) {
        let scratch = DetectionScratch(detectorCount: engine.catalog.detectors.count)
        let classifier = ColumnClassifier(engine: engine)
        let names = NameMasker(engine: engine)
        var session: (any DatabaseSession)?
        while true {
            let index = nextTable.wrappingAdd(1, ordering: .relaxed).oldValue
            guard index < tables.count else { return }
            let table = tables[index]
            let item = "\(store.locator)/\(names.mask(table.schema)).\(names.mask(table.name))"
            var result = TableResult()
            do throws(DatabaseError) {
                guard !cancelled() else { throw DatabaseError(code: .other, message: "cancelled") }
                if session == nil { session = try store.openSession(limits: limits) }
                let sample = try session!.sample(table)
                let classified = classify(table, sample, classifier: classifier, scratch: scratch, names: names)
                result.findings = classified.findings
                if !classified.patternLimits.isEmpty {
                    result.incomplete = SkippedItem(
                        item: item, reason: .patternLimit, detail: classified.patternLimits.joined(separator: "; "))
                }
                result.truncated = Self.truncation(sample, item: item, maxValueBytes: limits.maxValueBytes)
                result.columns = table.columns.count
                result.binaryColumns = limits.includeBinary ? 0 : table.columns.count { $0.typeClass == .binary }
                progress.addFile(findings: result.findings.count)
            } catch {
                if error.code == .connectionLost || error.code == .unreachable { session = nil }
                let reason = cancelled() ? .cancelled : Self.skipReason(error.code)
                result.skipped = SkippedItem(
                    item: item, reason: reason, detail: cancelled() ? nil : names.mask(error.message))
            }
            emitter.submit(result, sequence: index)
        }
    }

    /// The table's findings, and for each column whose values a detector could not fully search, what was missed.
    /// Identifiers that are themselves values (a column named after an e-mail address) are masked in the reported
    /// location, while the fingerprint keeps the column's real identity.
    private func classify(
        _ table: DatabaseTable, _ sample: TableSample, classifier: ColumnClassifier, scratch: DetectionScratch,
        names: NameMasker
    ) -> (findings: [Finding], patternLimits: [String]) {
        var findings: [Finding] = []
        var patternLimits: [String] = []
        let naming = names.fieldNaming
        let context = TableContext(
            table: table.name, columns: table.columns.map(\.name), rules: engine.catalog.columnRules)
        for (ordinal, (column, values)) in zip(table.columns, sample.columns).enumerated() {
            var columnSample = ColumnSample(
                source: store.source, store: store.locator, schema: table.schema, table: table.name,
                column: column.name, typeClass: column.typeClass, comment: column.comment, values: values)
            columnSample.location.sample = sample.method.description
            columnSample.location.valuesTruncated = sample.valuesTruncated[ordinal]
            for var finding in classifier.classify(
                columnSample, context: context, position: ordinal, scratch: scratch,
                jsonPaths: { JSONPathNaming.name($0, $1, naming: naming) })
            where finding.confidence >= plan.options.minConfidence {
                if case .column(var location) = finding.location {
                    location.schema = names.mask(location.schema)
                    location.table = names.mask(location.table)
                    location.column = names.mask(location.column)
                    finding.location = .column(location)
                }
                findings.append(finding)
            }
            if let detail = engine.patternLimitDetail(scratch, input: "column") {
                // The column's position, not its name: a name may itself be a value (issue 11).
                patternLimits.append("column #\(ordinal + 1): \(detail)")
            }
            scratch.startInput()
        }
        return (findings, patternLimits)
    }

    /// A `values_truncated` item for a table some of whose sampled values were cut, naming each such column by
    /// position (a name may itself be a value) and how many of its values were cut; nil when none was.
    static func truncation(_ sample: TableSample, item: String, maxValueBytes: Int) -> SkippedItem? {
        let columns = sample.valuesTruncated.enumerated().filter { $0.element > 0 }.map { ordinal, count in
            "column #\(ordinal + 1): \(count) of \(sample.columns[ordinal].count) values cut at \(maxValueBytes) bytes"
        }
        guard !columns.isEmpty else { return nil }
        return SkippedItem(item: item, reason: .valuesTruncated, detail: columns.joined(separator: "; "))
    }

    /// The skip reason recorded for a table that failed with `code`: a session that cannot be opened again
    /// after a dropped connection counts as `connection_lost`.
    static func skipReason(_ code: DatabaseError.Code) -> SkipReason {
        switch code {
        case .permissionDenied: .permissionDenied
        case .timeout: .timeout
        case .connectionLost, .unreachable, .authentication: .connectionLost
        case .corrupt: .corrupt
        case .other: .databaseError
        }
    }

    /// The skip reason recorded for a store that could not be opened or walked at all.
    static func storeSkipReason(_ code: DatabaseError.Code) -> SkipReason {
        switch code {
        case .unreachable, .authentication: .unreachable
        default: skipReason(code)
        }
    }
}
