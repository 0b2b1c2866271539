/// What every reporter is told besides the findings: tool version, the detectors (SARIF rules), options.
public struct ReportContext: Sendable {
    public var toolVersion: String
    public var detectors: [DetectorInfo]
    /// Use ANSI colour (text format on a TTY only).
    public var useColor: Bool

    public init(toolVersion: String, detectors: [DetectorInfo], useColor: Bool = false) {
        self.toolVersion = toolVersion
        self.detectors = detectors
        self.useColor = useColor
    }
}

/// A report format, chosen by `identifier` (`--format`). Findings arrive in deterministic scan order, one
/// item's findings at a time; streaming formats write them at once, the others buffer and sort in `finish`.
public protocol Reporter: AnyObject {
    /// The `--format` value, e.g. `jsonl`.
    static var identifier: String { get }
    /// One line for `--help`.
    static var summary: String { get }
    init(context: ReportContext, output: any ReportOutput)
    /// Receives the findings of one scanned item (file or column), in scan order.
    func add(_ findings: [Finding]) throws
    /// Receives the RoPA violations (with `--ropa`, and `piiscan reconcile`), once, before `finish`.
    /// Formats without a place for them (jsonl: findings only) keep the default, which ignores them.
    func add(violations: [Violation]) throws
    /// Writes whatever remains, with the scan summary.
    func finish(summary: ScanSummary) throws
}

extension Reporter {
    public func add(violations: [Violation]) throws {}
}

/// Where a reporter writes: standard output or a file (`FileOutput`: owner-only, replaced atomically).
public protocol ReportOutput: AnyObject {
    func write(_ text: String) throws
    /// Writes UTF-8 bytes (by default as text; the file outputs copy them straight into their buffer).
    func write(bytes: [UInt8]) throws
    /// Writes what is buffered (to a file output's temporary file).
    func flush() throws
    /// Ends the output: flushes, and puts a file output in place of its target. Reporters never call it; the
    /// command that opened the output does, once the report is complete.
    func close() throws
}

extension ReportOutput {
    public func write(bytes: [UInt8]) throws {
        try write(String(decoding: bytes, as: UTF8.self))
    }
}
