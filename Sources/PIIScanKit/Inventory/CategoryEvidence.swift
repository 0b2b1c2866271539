/// Where one category of an inventory group was found, for owners to check a draft against: findings per
/// location (a file, or `store schema.table.column`) and a few distinct masked samples. Bounded whatever the
/// scan: at most `maxLocations` distinct locations are counted (the count still counts every finding).
public struct CategoryEvidence: Sendable, Hashable {
    public var count = 0
    public private(set) var locations: [String: Int] = [:]
    /// Distinct masked evidence, in finding order, at most `maxSamples`.
    public private(set) var samples: [String] = []

    public static let maxLocations = 256
    public static let maxSamples = 3

    public init() {}

    /// Counts one finding.
    mutating func add(_ finding: Finding) {
        count += 1
        let location = ViolationEvidence.location(finding).description
        if locations[location] != nil || locations.count < Self.maxLocations { locations[location, default: 0] += 1 }
        if samples.count < Self.maxSamples && !samples.contains(finding.evidence) { samples.append(finding.evidence) }
    }

    /// The `limit` locations with the most findings (ties by name), with their counts.
    public func topLocations(_ limit: Int) -> [(location: String, count: Int)] {
        locations.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(limit).map { ($0.key, $0.value) }
    }
}
