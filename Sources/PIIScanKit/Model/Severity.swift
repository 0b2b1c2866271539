/// How serious a finding (or, later, a violation) is; `--fail-on` compares against it.
public enum Severity: String, Sendable, Codable, Hashable, CaseIterable, Comparable {
    case low, medium, high

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

extension Finding {
    /// A finding's severity follows its confidence: high from 0.8, medium from 0.6, low below.
    public var severity: Severity {
        confidence >= 0.8 ? .high : confidence >= 0.6 ? .medium : .low
    }
}
