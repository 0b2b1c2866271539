extension SkippedItem {
    /// `item (reason: detail)`, sanitised for a terminal: how the text report and stderr name a skipped item.
    public var terminalDescription: String {
        let detail = detail.map { ": " + TerminalStyle.sanitize($0) } ?? ""
        return "\(TerminalStyle.sanitize(item)) (\(reason.rawValue)\(detail))"
    }
}
