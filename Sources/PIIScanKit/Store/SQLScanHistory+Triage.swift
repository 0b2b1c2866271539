/// Triage decisions in the store: added in one transaction, read back in the order recorded.
extension SQLScanHistory {
    func record(_ decisions: [TriageDecision]) throws {
        guard !decisions.isEmpty else { return }
        try connection.transaction {
            let placeholders = Array(repeating: "?", count: TriageRecord.columns.count).joined(separator: ", ")
            for decision in decisions {
                try connection.query(
                    "INSERT INTO piiscan_triage (\(TriageRecord.columns.joined(separator: ", "))) VALUES (\(placeholders))",
                    TriageRecord.values(decision))
            }
        }
    }

    func triageDecisions() throws -> [TriageDecision] {
        try connection.query(
            "SELECT \(TriageRecord.columns.joined(separator: ", ")) FROM piiscan_triage ORDER BY id", []
        ).compactMap(TriageRecord.decision)
    }
}
