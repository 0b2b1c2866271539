import Foundation

/// What an owner decided about a finding, a column, a location or a violation (`piiscan triage`).
public enum TriageVerdict: String, Sendable, Hashable, Codable, CaseIterable {
    /// The risk is accepted until a review day; past it, the finding fails again.
    case accepted
    /// Not personal data: no longer reported, never fails.
    case falsePositive = "false_positive"
    /// To be removed or fixed by an owner by a due day; still reported and still failing.
    case remediate
    /// Earlier decisions on the same target no longer hold.
    case reopened
}

/// What a triage decision is about. Every target is a name or a glob, never a value: a finding is named by its
/// keyed fingerprint.
public enum TriageTarget: Sendable, Hashable, CustomStringConvertible {
    /// Every finding of this value (64 hex digits: the fingerprint reports show).
    case fingerprint(String)
    /// The findings of a database column (`schema.table.column`), in the store named (as reports name it:
    /// `sqlite:app.db`, `postgres://db:5432/crm`), or in any store (and the gate's migrations) when nil.
    case column(store: String?, column: String)
    /// The file findings whose location (`exports/2024.zip!customers.csv`, or a plain path) a gitignore-style
    /// glob matches, or whose directory it matches.
    case path(String)
    /// The violations of one kind, narrowed to a system and a category when given.
    case violation(kind: ViolationKind, system: String?, category: String?)

    /// True for 64 hex digits: a fingerprint as reports show it.
    public static func isFingerprint(_ text: String) -> Bool {
        text.count == 64 && text.allSatisfy(\.isHexDigit)
    }

    /// The target as `triage list` and errors show it: `fingerprint 3f2a…`, `column public.users.email`.
    public var description: String {
        switch self {
        case .fingerprint(let fingerprint): "fingerprint \(fingerprint)"
        case .column(let store, let column): "column " + (store.map { "\($0) " } ?? "") + column
        case .path(let glob): "path \(glob)"
        case .violation(let kind, let system, let category):
            "violation " + [kind.rawValue, system, category].compactMap { $0 }.joined(separator: " ")
        }
    }
}

/// One decision, as the store and the triage file keep it: who decided what, when and why. Decisions are only
/// ever added: the latest on a target is the one that holds (`TriageBook`).
public struct TriageDecision: Sendable, Hashable {
    public var target: TriageTarget
    public var verdict: TriageVerdict
    /// Why, in the decider's words (required for `accepted` and `false_positive`).
    public var reason: String?
    /// Who answers for it: the remediation's owner, or the risk's.
    public var owner: String?
    /// `accepted`: the day the risk is reviewed again; `remediate`: the day it must be done.
    public var due: CalendarDay?
    public var decidedBy: String
    public var decidedAt: Date

    public init(
        target: TriageTarget, verdict: TriageVerdict, reason: String? = nil, owner: String? = nil,
        due: CalendarDay? = nil, decidedBy: String, decidedAt: Date
    ) {
        self.target = target
        self.verdict = verdict
        self.reason = reason
        self.owner = owner
        self.due = due
        self.decidedBy = decidedBy
        self.decidedAt = decidedAt
    }

    /// What the verdict needs and the decision lacks, as a sentence; nil when it is complete. An accepted risk
    /// needs a reason and a review day, a false positive a reason, a remediation an owner and a due day.
    public var missing: String? {
        switch verdict {
        case .accepted where reason == nil || due == nil: "accepting a risk needs a reason and a review day"
        case .falsePositive where reason == nil: "a false positive needs a reason"
        case .remediate where owner == nil || due == nil: "a remediation needs an owner and a due day"
        default: nil
        }
    }

    /// True when the decision's day has passed on `today`: an accepted risk not reviewed, a remediation not done.
    public func isOverdue(on today: CalendarDay) -> Bool {
        guard let due, verdict == .accepted || verdict == .remediate else { return false }
        return due < today
    }
}
