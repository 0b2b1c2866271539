import Foundation

/// `piiscan history`: the runs as a table (text), a JSON array, or one JSON object per line.
public enum HistoryReport {
    public static func render(_ runs: [ScanRun], format: HistoryFormat) throws -> String {
        switch format {
        case .json: return try HistoryFormat.json(runs.map(RunRecord.init)) + "\n"
        case .jsonl: return try runs.map { try HistoryFormat.json(RunRecord(run: $0)) + "\n" }.joined()
        case .text: return table(runs)
        }
    }

    static func table(_ runs: [ScanRun]) -> String {
        guard !runs.isEmpty else { return "No runs recorded.\n" }
        let header = [
            "RUN", "STARTED (UTC)", "DURATION", "STATUS", "FILES", "CARRIED", "FINDINGS", "VIOLATIONS", "TARGETS",
        ]
        let rows = runs.map { run in
            [
                String(run.id), minute(run.startedAt), run.durationSeconds.map { String(format: "%.2f s", $0) } ?? "-",
                run.status.rawValue, String(run.filesScanned), run.filesCarriedOver.map(String.init) ?? "-",
                String(run.findingCount), String(run.violationCount),
                TerminalSafe.escape(run.targets.joined(separator: " ")),
            ]
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        let numeric: Set<Int> = [0, 4, 5, 6, 7]
        return ([header] + rows).map { row in
            row.enumerated().map { column, cell in
                guard column < row.count - 1 else { return cell }
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return numeric.contains(column) ? padding + cell : cell + padding
            }
            .joined(separator: "  ")
        }
        .joined(separator: "\n") + "\n"
    }

    /// `2026-11-23 15:44:35`.
    static func minute(_ date: Date) -> String {
        String(StoreTime.string(date).prefix(19)).replacingOccurrences(of: "T", with: " ")
    }
}
