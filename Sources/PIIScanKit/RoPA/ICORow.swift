import Foundation

/// One row of the ICO-template spreadsheet: its cells by column, and located errors (recorded in `diagnostics`,
/// so that every bad cell of the sheet is listed in one run).
struct ICORow {
    let fileName: String
    /// The spreadsheet row number (the header is row 1).
    let number: Int
    let fields: [String]
    let columns: [ICOColumn: Int]
    let diagnostics: RoPADiagnostics

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

    /// The row's activity; each cell's error is recorded in `diagnostics` and the cell left empty. A free-text
    /// retention is kept with a warning. Gaps (special categories without the Art. 9 column, a confirmed row
    /// without owner) are not errors: `RoPAGaps` reports them.
    func activity(labels: ICOLabels) -> RoPAActivity {
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
        activity.role = choice(.role, ICOVocabulary.role, what: "role (controller or processor)")
        activity.legalBasis = choice(.legalBasis, ICOVocabulary.legalBasis, what: "GDPR Art. 6(1) lawful basis")
        activity.specialCategoryCondition = choice(
            .specialCategoryCondition, ICOVocabulary.specialCategoryCondition, what: "GDPR Art. 9(2) condition")
        activity.dpia = choice(.dpia, ICOVocabulary.dpia, what: "DPIA status (required, done, not_required)")
        activity.status = choice(.status, { RoPAStatus(rawValue: $0.lowercased()) }, what: "status")
        if let text = optional(.retention) {
            activity.retention = RoPARetention(text)
            if activity.retention?.isFreeText == true {
                diagnostics.warning(
                    error(
                        .retention,
                        "'\(text)' is not an ISO 8601 duration (e.g. P6Y, P18M, P90D): kept as text, and files are "
                            + "not checked against it"))
            }
        }
        activity.dataCategories = categories(labels: labels)
        return activity
    }

    /// True when only the system columns are filled in: a row declaring systems no activity names.
    var describesSystemsOnly: Bool {
        ICOColumn.allCases.allSatisfy { $0.describesSystems || cell($0).isEmpty }
    }

    /// The cell (or `text`, one line of it) as parsed by `parse`: nil when empty; anything `parse` does not
    /// understand is recorded as an error and read as empty.
    func choice<T>(_ column: ICOColumn, _ parse: (String) -> T?, what: String, text: String? = nil) -> T? {
        guard let text = text ?? optional(column) else { return nil }
        guard let value = parse(text) else {
            diagnostics.error(error(column, "'\(text)' is not a \(what)"))
            return nil
        }
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
