/// A violation both runs report — same kind, system and category — whose locations differ.
///
/// Only the first `Violation.maxLocations` locations (sorted) of a violation are stored, so a location past the
/// end of a full list may have been there unseen: it counts as added only when it sorts before the last location
/// of the earlier run's full list, and as removed only when it sorts before the last location of the later
/// run's full list. A list that merely shrank has no added location.
public struct ViolationChange: Sendable {
    /// The violation as the later run reports it.
    public var violation: Violation
    /// Locations where the violation now also occurs.
    public var addedLocations: [ViolationLocation]
    /// Locations where it no longer occurs.
    public var removedLocations: [ViolationLocation]

    /// Nil when the two lists differ only where a full list hid locations.
    init?(old: Violation, new: Violation) {
        let added = Self.difference(new.locations, old.locations)
        let removed = Self.difference(old.locations, new.locations)
        guard !added.isEmpty || !removed.isEmpty else { return nil }
        violation = new
        addedLocations = added
        removedLocations = removed
    }

    /// The locations of `list` that `other` does not show although it would have shown them.
    private static func difference(_ list: [ViolationLocation], _ other: [ViolationLocation]) -> [ViolationLocation] {
        let shown = Set(other)
        let horizon = other.count >= Violation.maxLocations ? other.last : nil
        return list.filter { location in
            !shown.contains(location) && horizon.map { location < $0 } ?? true
        }
    }
}
