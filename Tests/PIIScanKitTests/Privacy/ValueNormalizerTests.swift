import Testing

@testable import PIIScanKit

@Suite("ValueNormalizer")
struct ValueNormalizerTests {
    @Test(
        "each style normalises as documented",
        arguments: [
            (NormalizeStyle.digits, "+44 (0)20-7946 0958", "4402079460958"),
            (.digits, "4111-1111 1111.1234", "4111111111111234"),
            (.alnumUpper, "gb82 west-1234 5698", "GB82WEST12345698"),
            (.alnumUpper, "ab cé", "ABCé"),
            (.lower, "Jane.DOE@Example.ORG", "jane.doe@example.org"),
            (.lower, "ÉCOLE", "École"),
            (.none, " As Is ", " As Is "),
        ])
    func styles(style: NormalizeStyle, input: String, expected: String) {
        #expect(ValueNormalizer.normalize(Array(input.utf8), style: style) == Array(expected.utf8))
    }

    @Test("raw values of the contract's style names")
    func rawValues() {
        #expect(NormalizeStyle(rawValue: "alnum_upper") == .alnumUpper)
        #expect(NormalizeStyle.allCases.map(\.rawValue) == ["digits", "alnum_upper", "lower", "none"])
        #expect(MaskStyle.allCases.map(\.rawValue) == ["email", "last4", "initial", "partial"])
    }

    @Test("invalid UTF-8 passes through without trapping", arguments: NormalizeStyle.allCases)
    func invalidUTF8(style: NormalizeStyle) {
        let input: [UInt8] = [0xFF, 0x41, 0x31, 0xC3]
        let expected: [UInt8] =
            switch style {
            case .digits: [0x31]
            case .alnumUpper: [0xFF, 0x41, 0x31, 0xC3]
            case .lower: [0xFF, 0x61, 0x31, 0xC3]
            case .none: input
            }
        #expect(ValueNormalizer.normalize(input, style: style) == expected)
    }
}
