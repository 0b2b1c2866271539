/// `\uXXXX` for a scalar below U+10000, as JSON and YAML double-quoted strings write characters they escape.
func unicodeEscape(_ scalar: Unicode.Scalar, uppercase: Bool) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: uppercase)
    return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
}
