/// A retention period as written, and its length in seconds when it is an ISO 8601 duration (calendar units
/// taken as 365-day years and 30-day months, which is what a "kept longer than" check needs). Free text
/// (`6 years after employment ends`, as spreadsheets hold) has no length: automatic checks skip it.
public struct RoPARetention: Sendable, Hashable {
    public var text: String
    /// Nil for free text.
    public var seconds: Double?

    public init(text: String, seconds: Double?) {
        self.text = text
        self.seconds = seconds
    }

    /// `text` as an ISO 8601 duration when it is one, else as free text.
    public init(_ text: String) {
        self = RoPARetention(iso8601: text) ?? RoPARetention(text: text, seconds: nil)
    }

    /// True when the retention is not an ISO 8601 duration, so no file age can be checked against it.
    public var isFreeText: Bool {
        seconds == nil
    }
}

extension RoPARetention {
    /// Parses an ISO 8601 duration `PnYnMnWnDTnHnMnS` (any subset, in that order, at least one component;
    /// `T` before the time part); nil when `text` is not one. Years count 365 days and months 30.
    public init?(iso8601 text: String) {
        let dateUnits: [(Character, Double)] = [
            ("Y", 365 * 86_400), ("M", 30 * 86_400), ("W", 7 * 86_400), ("D", 86_400),
        ]
        let timeUnits: [(Character, Double)] = [("H", 3_600), ("M", 60), ("S", 1)]
        guard text.hasPrefix("P") else { return nil }
        let body = text.dropFirst()
        let parts = body.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        guard let datePart = parts.first, parts.count == 1 || !parts[1].isEmpty else { return nil }
        guard let dateSeconds = Self.sum(datePart, units: dateUnits) else { return nil }
        var total = dateSeconds.seconds
        var components = dateSeconds.components
        if parts.count == 2 {
            guard let time = Self.sum(parts[1], units: timeUnits), time.components > 0 else { return nil }
            total += time.seconds
            components += time.components
        }
        guard components > 0 else { return nil }
        self.init(text: text, seconds: total)
    }

    /// Adds up `nU` components whose units appear in `units`' order, each at most once.
    private static func sum(
        _ text: Substring, units: [(Character, Double)]
    ) -> (seconds: Double, components: Int)? {
        var seconds = 0.0
        var components = 0
        var nextUnit = 0
        var number = ""
        for character in text {
            if character.isASCII && (character.isNumber || character == "." || character == ",") {
                number.append(character == "," ? "." : character)
                continue
            }
            guard let offset = units[nextUnit...].firstIndex(where: { $0.0 == character }),
                let value = Double(number), !number.hasPrefix(".")
            else { return nil }
            seconds += value * units[offset].1
            components += 1
            nextUnit = offset + 1
            number = ""
        }
        return number.isEmpty ? (seconds, components) : nil
    }
}
