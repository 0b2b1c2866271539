import Foundation

/// One row of the ICO-template spreadsheet: its cells by column, and located errors.
struct ICORow {
    let fileName: String
    /// The spreadsheet row number (the header is row 1).
    let number: Int
    let fields: [String]
    let columns: [ICOColumn: Int]

    /// The trimmed cell of `column`, with CRLF turned into LF; empty when the sheet lacks the column.
    func cell(_ column: ICOColumn) -> String {
        rawCell(column).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The cell as written, with CRLF turned into LF.
    func rawCell(_ column: ICOColumn) -> String {
        guard let index = columns[column], index < fields.count else { return "" }
        return fields[index].replacingOccurrences(of: "\r\n", with: "\n")
    }

    /// The cell's non-empty values, one per line (or separated by `;`).
    func list(_ column: ICOColumn) -> [String] {
        cell(column).split(whereSeparator: { $0 == "\n" || $0 == ";" }).map {
            $0.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
    }

    func optional(_ column: ICOColumn) -> String? {
        let text = cell(column)
        return text.isEmpty ? nil : text
    }

    func error(_ column: ICOColumn, _ message: String) -> ConfigFileError {
        ConfigFileError(
            file: fileName, line: number, column: (columns[column] ?? -1) + 1, field: column.header, message: message)
    }

    func activity(taxonomy: Taxonomy) throws(ConfigFileError) -> RoPAActivity {
        var activity = RoPAActivity(id: cell(.id))
        activity.name = optional(.name)
        activity.owner = optional(.owner)
        activity.businessFunction = optional(.businessFunction)
        activity.jointController = optional(.jointController)
        activity.processorContract = optional(.processorContract)
        activity.purposes = list(.purposes)
        activity.dataSubjects = list(.dataSubjects)
        activity.recipients = list(.recipients)
        activity.securityMeasures = list(.securityMeasures)
        activity.transfers = transfers()
        activity.role = try choice(.role, ICOVocabulary.role, what: "role (controller or processor)")
        activity.legalBasis = try choice(.legalBasis, ICOVocabulary.legalBasis, what: "GDPR Art. 6(1) lawful basis")
        activity.specialCategoryCondition = try choice(
            .specialCategoryCondition, ICOVocabulary.specialCategoryCondition, what: "GDPR Art. 9(2) condition")
        activity.dpia = try choice(.dpia, ICOVocabulary.dpia, what: "DPIA status (required, done, not_required)")
        activity.status = try choice(.status, { RoPAStatus(rawValue: $0.lowercased()) }, what: "status")
        if let text = optional(.retention) {
            guard let retention = RoPARetention(iso8601: text) else {
                throw error(.retention, "'\(text)' is not an ISO 8601 duration (e.g. P2Y, P6M, P90D)")
            }
            activity.retention = retention
        }
        activity.dataCategories = try categories(taxonomy: taxonomy, activity: activity)
        if activity.status == .confirmed {
            let missing: [(ICOColumn, Bool)] = [
                (.owner, activity.owner == nil), (.purposes, activity.purposes.isEmpty),
                (.legalBasis, activity.legalBasis == nil),
            ]
            if let column = missing.first(where: \.1)?.0 {
                throw error(column, "a confirmed activity needs this filled in")
            }
        }
        return activity
    }

    /// An empty cell is nil; anything `parse` does not understand is an error.
    private func choice<T>(
        _ column: ICOColumn, _ parse: (String) -> T?, what: String
    ) throws(ConfigFileError) -> T? {
        guard let text = optional(column) else { return nil }
        guard let value = parse(text) else { throw error(column, "'\(text)' is not a \(what)") }
        return value
    }

    /// Countries one per line; safeguards on the same lines of their own cell.
    private func transfers() -> [RoPATransfer] {
        let countries = list(.transferCountries)
        let safeguards = rawCell(.transferSafeguards).split(separator: "\n", omittingEmptySubsequences: false)
        return countries.enumerated().map { index, country in
            let safeguard = index < safeguards.count ? safeguards[index].trimmingCharacters(in: .whitespaces) : ""
            return RoPATransfer(country: country, safeguard: safeguard.isEmpty ? nil : safeguard)
        }
    }
}
