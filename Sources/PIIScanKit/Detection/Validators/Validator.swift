/// What a validator says about a regex match.
public enum ValidationVerdict: Sendable, Hashable {
    /// The value is a well-formed identifier of this type.
    case valid
    /// Not this identifier (fails its checksum or structure rules): the match is dropped.
    case invalid
    /// Well-formed but not anyone's data (documentation range, reserved domain, well-known test number):
    /// kept at low confidence, below the default threshold.
    case placeholder
    /// Well-formed and from a range for private use (RFC 1918 addresses): a placeholder unless the detector's
    /// `identifies` context words are near (a DHCP lease, a client), where it identifies someone's device.
    case privateUse
}

/// A named check run on the few matches that survive the regex (`validate:` in a pattern file).
public protocol Validator: Sendable {
    /// The name used in pattern files, e.g. `luhn`.
    var name: String { get }
    /// Judges the matched bytes (exactly the regex match, separators included).
    func validate(_ value: [UInt8]) -> ValidationVerdict
}
