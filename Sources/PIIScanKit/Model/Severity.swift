/// How serious a finding or a RoPA violation is; `--fail-on` compares against it. `info` is for violations that
/// fail nothing by default (`unsupported_declaration`); findings are never `info`.
public enum Severity: String, Sendable, Codable, Hashable, CaseIterable, Comparable {
    case info, low, medium, high

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

extension Finding {
    /// A finding's severity follows its confidence: high from 0.8, medium from 0.6, low below; a
    /// quasi-identifier is always low.
    public var severity: Severity {
        quasiIdentifier ? .low : confidence >= 0.8 ? .high : confidence >= 0.6 ? .medium : .low
    }
}
