/// A transfer to a third country and its safeguard (Art. 30(1)(e), Art. 46).
public struct RoPATransfer: Sendable, Hashable {
    public var country: String
    public var safeguard: String?

    public init(country: String, safeguard: String? = nil) {
        self.country = country
        self.safeguard = safeguard
    }
}
