import Foundation

/// How a triage decision maps to a `piiscan_triage` row and back: the target as a kind, a name (fingerprint,
/// `schema.table.column`, glob or violation kind), a scope (the column's store, the violation's system) and a
/// category (the violation's).
enum TriageRecord {
    static let columns = [
        "target_kind", "target", "scope", "category", "verdict", "reason", "owner", "due", "decided_by", "decided_at",
    ]

    static func values(_ decision: TriageDecision) -> [StoreValue] {
        let kind: String
        let target: String
        var scope: String?
        var category: String?
        switch decision.target {
        case .fingerprint(let fingerprint): (kind, target) = ("fingerprint", fingerprint)
        case .column(let store, let column): (kind, target, scope) = ("column", column, store)
        case .path(let glob): (kind, target) = ("path", glob)
        case .violation(let violationKind, let system, let violationCategory):
            (kind, target, scope, category) = ("violation", violationKind.rawValue, system, violationCategory)
        }
        return [
            .text(kind), .text(target), StoreValue(scope), StoreValue(category), .text(decision.verdict.rawValue),
            StoreValue(decision.reason), StoreValue(decision.owner), StoreValue(decision.due?.description),
            .text(decision.decidedBy), .text(StoreTime.string(decision.decidedAt)),
        ]
    }

    /// The decision of a row selected in `columns` order; nil for a row this version cannot read.
    static func decision(_ row: StoreRow) -> TriageDecision? {
        guard let target = row.text(1), let verdict = row.text(4).flatMap(TriageVerdict.init(rawValue:)),
            let decidedAt = row.text(9).flatMap(StoreTime.date)
        else { return nil }
        let decided: TriageTarget
        switch row.text(0) {
        case "fingerprint": decided = .fingerprint(target)
        case "column": decided = .column(store: row.text(2), column: target)
        case "path": decided = .path(target)
        case "violation":
            guard let kind = ViolationKind(rawValue: target) else { return nil }
            decided = .violation(kind: kind, system: row.text(2), category: row.text(3))
        default: return nil
        }
        return TriageDecision(
            target: decided, verdict: verdict, reason: row.text(5), owner: row.text(6),
            due: row.text(7).flatMap(CalendarDay.init), decidedBy: row.text(8) ?? "", decidedAt: decidedAt)
    }
}
