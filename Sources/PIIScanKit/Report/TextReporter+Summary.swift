/// The summary block that ends a text report: what was scanned, findings per type, skips per reason with
/// the first few skipped items, unreadable targets, duration, and a clear note when the scan was cancelled.
extension TextReporter {
    func summaryBlock(_ summary: ScanSummary) -> String {
        var lines = [style.bold("Summary")]
        if !summary.targets.isEmpty {
            lines.append("  Targets: " + summary.targets.map(TerminalSafe.escape).joined(separator: ", "))
        }
        let files = summary.filesScanned == 1 ? "1 file" : "\(summary.filesScanned) files"
        lines.append(
            "  Scanned: \(files), \(TerminalStyle.byteCount(summary.bytesScanned)) in "
                + "\(TerminalStyle.decimal2(summary.durationSeconds)) s")
        if let carried = summary.filesCarriedOver {
            lines.append("  Carried over: \(carried == 1 ? "1 file" : "\(carried) files") unchanged since the last run")
        }
        if let tables = summary.tablesScanned {
            lines.append("  Databases: \(tables) tables, \(summary.columnsScanned ?? 0) columns classified")
        }
        if !summary.unreadableTargets.isEmpty {
            lines.append(style.boldRed("  Unreadable targets: \(summary.unreadableTargets.count)"))
            lines += summary.unreadableTargets.map { "    " + TerminalSafe.escape($0) }
        }
        lines.append(contentsOf: findingLines(summary))
        lines.append(contentsOf: skipLines(summary))
        lines += summary.notes.map { style.bold("  Note: ") + TerminalSafe.escape($0) }
        if summary.cancelled {
            lines.append(style.boldRed("  Scan cancelled: the results are partial."))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func findingLines(_ summary: ScanSummary) -> [String] {
        guard summary.findingCount > 0 else { return ["  Findings: none"] }
        let types = summary.findingsByType.filter { $0.value > 0 }.keys.sorted()
        let width = types.map(\.count).max() ?? 0
        return ["  Findings: \(summary.findingCount)"]
            + types.map {
                "    " + TerminalStyle.pad(TerminalSafe.escape($0), width) + "  \(summary.findingsByType[$0]!)"
            }
    }

    /// Counts per reason (failures marked), then the items that could not be read (up to `listedFailures`, in
    /// red), then the first deliberately skipped ones.
    private func skipLines(_ summary: ScanSummary) -> [String] {
        guard !summary.skipped.isEmpty else { return ["  Skipped: none"] }
        let counts = summary.skippedByReason
        let reasons = counts.keys.sorted()
        let width = reasons.map(\.rawValue.count).max() ?? 0
        let failures = summary.failures
        let deliberate = summary.skipped.filter { !$0.isFailure }
        var lines = [
            "  Skipped: \(summary.skipped.count)"
                + (failures.isEmpty ? "" : style.boldRed(" (\(failures.count) not read: the scan is incomplete)"))
        ]
        lines += reasons.map {
            "    " + TerminalStyle.pad($0.rawValue, width) + "  \(counts[$0]!)" + ($0.isFailure ? "  (failure)" : "")
        }
        if !failures.isEmpty {
            lines.append(
                style.boldRed(failures.count > Self.listedFailures ? "  First items not read:" : "  Not read:"))
            lines += failures.prefix(Self.listedFailures).map(itemLine)
        }
        if !deliberate.isEmpty {
            lines.append(deliberate.count > Self.listedSkips ? "  First skipped items:" : "  Skipped items:")
            lines += deliberate.prefix(Self.listedSkips).map(itemLine)
        }
        return lines
    }

    private func itemLine(_ item: SkippedItem) -> String {
        "    " + item.terminalDescription
    }
}
