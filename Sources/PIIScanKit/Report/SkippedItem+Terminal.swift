extension SkippedItem {
    /// `item (reason: detail)`, sanitised for a terminal: how the text report and stderr name a skipped item.
    public var terminalDescription: String {
        let detail = detail.map { ": " + TerminalSafe.escape($0) } ?? ""
        return "\(TerminalSafe.escape(item)) (\(reason.rawValue)\(detail))"
    }
}
