/// Violations arranged the way an owner reads them: by owner, then system, each in report order. Violations
/// with no owner come last under "no owner named", shadow stores under "unclaimed locations", RoPA gaps of
/// activities that name no system under "no system named".
struct ViolationGroups {
    /// One owner's systems.
    struct Owner {
        var name: String
        var systems: [System]
    }

    /// One system's violations.
    struct System {
        var name: String
        var violations: [Violation]
    }

    static let noOwner = "no owner named"
    static let unclaimed = "unclaimed locations"
    static let noSystem = "no system named"

    let owners: [Owner]

    init(_ violations: [Violation]) {
        let byOwner = Dictionary(grouping: violations) { $0.owner }
        let ownerKeys = byOwner.keys.sorted { ($0 == nil ? 1 : 0, $0 ?? "") < ($1 == nil ? 1 : 0, $1 ?? "") }
        owners = ownerKeys.map { owner in
            // A system id is never empty: "" groups the RoPA gaps of activities that name no system.
            let bySystem = Dictionary(grouping: byOwner[owner] ?? []) {
                $0.kind == .shadowStore ? nil : $0.system ?? ""
            }
            let systemKeys = bySystem.keys.sorted { ($0 == nil ? 1 : 0, $0 ?? "") < ($1 == nil ? 1 : 0, $1 ?? "") }
            return Owner(
                name: owner ?? Self.noOwner,
                systems: systemKeys.map { key in
                    System(
                        name: key.map { $0.isEmpty ? Self.noSystem : $0 } ?? Self.unclaimed,
                        violations: bySystem[key] ?? [])
                })
        }
    }

    /// Violations counted per severity, most severe first, e.g. `2 high, 1 medium, 1 info`.
    static func tally(_ violations: [Violation]) -> String {
        let counts = Dictionary(grouping: violations, by: \.severity).mapValues(\.count)
        let parts = Severity.allCases.reversed().compactMap { severity in
            counts[severity].map { "\($0) \(severity.rawValue)" }
        }
        return parts.isEmpty ? "none" : parts.joined(separator: ", ")
    }
}
