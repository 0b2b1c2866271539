/// ANSI styling that is a no-op without colour, and number formats of the text reports. Text from scanned data
/// is escaped with `TerminalSafe.escape` before it is styled.
struct TerminalStyle {
    var useColor: Bool

    func bold(_ text: String) -> String { paint(text, "1") }
    func cyan(_ text: String) -> String { paint(text, "36") }
    func red(_ text: String) -> String { paint(text, "31") }
    func yellow(_ text: String) -> String { paint(text, "33") }
    func boldRed(_ text: String) -> String { paint(text, "1;31") }

    private func paint(_ text: String, _ code: String) -> String {
        useColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// `0.95`: two decimals, rounded, without Foundation formatting.
    static func decimal2(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// `1234 bytes`, `1.2 KiB`, `3.4 MiB`…
    static func byteCount(_ bytes: Int) -> String {
        let units = ["KiB", "MiB", "GiB", "TiB"]
        guard bytes >= 1024 else { return bytes == 1 ? "1 byte" : "\(bytes) bytes" }
        var unit = 1024
        var index = 0
        while index < units.count - 1, bytes >= unit * 1024 {
            unit *= 1024
            index += 1
        }
        let tenths = (bytes * 10 + unit / 2) / unit
        return "\(tenths / 10).\(tenths % 10) \(units[index])"
    }

    /// `text` padded with spaces to `width` characters.
    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
