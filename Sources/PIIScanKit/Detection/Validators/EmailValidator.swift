/// `email_domain`: the structure of an address's local part and domain (no empty labels, no label starting
/// or ending with a hyphen, an alphabetic top-level domain that is not a file extension such as
/// `icon@2x.png`); addresses at reserved domains (RFC 2606 and RFC 6761: `example.com`, `.net`, `.org`,
/// `*.test`, `*.example`, `*.invalid`, `*.localhost`) are placeholders.
package struct EmailValidator: Validator {
    package let name = "email_domain"

    package init() {}

    static let reservedDomains: [StaticString] = ["example.com", "example.net", "example.org"]
    static let reservedTopLevel: [StaticString] = ["test", "example", "invalid", "localhost"]
    /// File extensions that look like top-level domains after an `@` in asset names (`logo@2x.png`).
    static let fileExtensions: [StaticString] = [
        "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "tif", "tiff", "css", "js", "map", "json",
        "txt", "pdf", "zip", "gz", "html", "htm", "xml", "yaml", "yml", "mp3", "mp4", "wav", "woff", "woff2",
    ]

    package func validate(_ value: [UInt8]) -> ValidationVerdict {
        guard let at = value.lastIndex(of: 0x40), at > 0, at < value.count - 1 else { return .invalid }
        let local = value[..<at]
        let domain = value[(at + 1)...].map(ValidatorBytes.lower)
        guard local.first != 0x2E, local.last != 0x2E, !Self.hasDoubleDot(local) else { return .invalid }
        var labelStart = 0
        var lastLabel = 0..<0
        for index in 0...domain.count where index == domain.count || domain[index] == 0x2E {
            let label = labelStart..<index
            guard !label.isEmpty, domain[label.lowerBound] != 0x2D, domain[label.upperBound - 1] != 0x2D else {
                return .invalid
            }
            lastLabel = label
            labelStart = index + 1
        }
        let topLevel = domain[lastLabel]
        guard topLevel.count >= 2, topLevel.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return .invalid }
        if Self.fileExtensions.contains(where: { ValidatorBytes.equals(topLevel, $0) }) {
            return .invalid
        }
        if Self.reservedTopLevel.contains(where: { ValidatorBytes.equals(topLevel, $0) }) {
            return .placeholder
        }
        for reserved in Self.reservedDomains where Self.isDomain(domain, orSubdomainOf: reserved) {
            return .placeholder
        }
        return .valid
    }

    static func hasDoubleDot(_ bytes: ArraySlice<UInt8>) -> Bool {
        zip(bytes, bytes.dropFirst()).contains { $0 == 0x2E && $1 == 0x2E }
    }

    /// Whether `domain` is `parent` or ends with `.parent`.
    static func isDomain(_ domain: [UInt8], orSubdomainOf parent: StaticString) -> Bool {
        let length = parent.utf8CodeUnitCount
        guard domain.count >= length else { return false }
        guard ValidatorBytes.equals(domain[(domain.count - length)...], parent) else { return false }
        return domain.count == length || domain[domain.count - length - 1] == 0x2E
    }
}
