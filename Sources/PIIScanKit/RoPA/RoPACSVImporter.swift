/// Reads the ICO-template spreadsheet (CSV, one activity per row) into a `RoPADocument`. Every error of the sheet
/// is listed at once (`ConfigFileErrors`), each naming the file, the spreadsheet row (as `line`), the column
/// number and its header; a free-text retention is kept with a warning. The organisation's name is not part of
/// the sheet; systems come from the location cell and the system columns, the PIMS scope from `PIMS scope`.
public struct RoPACSVImporter {
    public var fileName: String
    public var taxonomy: Taxonomy

    /// An imported document and the warnings reading the sheet gave.
    public struct Imported: Sendable {
        public var document: RoPADocument
        public var warnings: [ConfigFileError]
    }

    public init(fileName: String, taxonomy: Taxonomy) {
        self.fileName = fileName
        self.taxonomy = taxonomy
    }

    /// `read(fromCSV:organization:)` without its warnings.
    public func document(fromCSV text: String, organization: String) throws(ConfigFileErrors) -> RoPADocument {
        try read(fromCSV: text, organization: organization).document
    }

    public func read(fromCSV text: String, organization: String) throws(ConfigFileErrors) -> Imported {
        let records: [CSVTable.Record]
        do {
            records = try CSVTable.parse(text)
        } catch {
            throw ConfigFileErrors(ConfigFileError(file: fileName, line: error.line, message: "CSV: \(error.message)"))
        }
        guard let header = records.first else {
            throw ConfigFileErrors(ConfigFileError(file: fileName, message: "the file is empty"))
        }
        let diagnostics = RoPADiagnostics()
        let columns = columnIndexes(header.fields, diagnostics)
        let labels = ICOLabels(taxonomy: taxonomy)
        var systems = ImportedSystems()
        var activities: [RoPAActivity] = []
        for (offset, record) in records.dropFirst().enumerated() {
            let row = ICORow(
                fileName: fileName, number: offset + 2, fields: record.fields, columns: columns,
                diagnostics: diagnostics)
            let lines = row.systems()
            for line in lines { systems.add(line, from: row) }
            if row.describesSystemsOnly { continue }
            var activity = row.activity(labels: labels)
            if !activity.id.isEmpty && activities.contains(where: { $0.id == activity.id }) {
                diagnostics.error(row.error(.id, "duplicate activity id '\(activity.id)'"))
            }
            activity.systems = lines.map(\.system.id)
            activities.append(activity)
        }
        let errors = diagnostics.sortedErrors
        guard errors.isEmpty else { throw ConfigFileErrors(errors) }
        var document = RoPADocument(
            organization: organization, scope: systems.scope, systems: systems.systems, activities: activities)
        assignMissingIDs(&document)
        return Imported(document: document, warnings: diagnostics.warnings)
    }

    /// Which field of a record holds each column; unknown or repeated headers are recorded as errors.
    private func columnIndexes(_ headers: [String], _ diagnostics: RoPADiagnostics) -> [ICOColumn: Int] {
        var columns: [ICOColumn: Int] = [:]
        for (index, header) in headers.enumerated() {
            if header.allSatisfy(\.isWhitespace) { continue }
            guard let column = ICOColumn.matching(header: header) else {
                diagnostics.error(
                    ConfigFileError(
                        file: fileName, line: 1, column: index + 1, field: header,
                        message: "not a column of the ICO controller template (see docs/ropa.md)"))
                continue
            }
            if let earlier = columns[column] {
                diagnostics.error(
                    ConfigFileError(
                        file: fileName, line: 1, column: index + 1, field: header,
                        message: "the same column as column \(earlier + 1)"))
                continue
            }
            columns[column] = index
        }
        return columns
    }

    /// Rows without an `Activity ID` get one from their name, business function or purpose, made unique.
    private func assignMissingIDs(_ document: inout RoPADocument) {
        var used = Set(document.activities.map(\.id).filter { !$0.isEmpty })
        for index in document.activities.indices where document.activities[index].id.isEmpty {
            let activity = document.activities[index]
            let base = Slug.make(activity.name ?? activity.businessFunction ?? activity.purposes.first ?? "activity")
            var id = base
            var counter = 2
            while used.contains(id) {
                id = "\(base)-\(counter)"
                counter += 1
            }
            used.insert(id)
            document.activities[index].id = id
        }
    }
}

/// The systems of a sheet, merged over the rows that name them: locations add up; a name, owner, status or scope
/// given on two rows must agree (the second one is an error naming both rows).
struct ImportedSystems {
    private(set) var systems: [RoPASystem] = []
    private var index: [String: Int] = [:]
    private var scopes: [String: Bool] = [:]
    private var firstRow: [String: Int] = [:]

    /// The PIMS scope the rows give; nil when no row names one.
    var scope: RoPAScope? {
        guard !scopes.isEmpty else { return nil }
        let ids = systems.map(\.id)
        return RoPAScope(
            include: ids.filter { scopes[$0] == true }, exclude: ids.filter { scopes[$0] == false })
    }

    mutating func add(_ line: ICORow.SystemLine, from row: ICORow) {
        let system = line.system
        if let inScope = line.inScope {
            if let earlier = scopes[system.id], earlier != inScope {
                conflict(system.id, "scope", row, .systemScope)
            }
            scopes[system.id] = inScope
        }
        guard let position = index[system.id] else {
            index[system.id] = systems.count
            firstRow[system.id] = row.number
            systems.append(system)
            return
        }
        var known = systems[position]
        known.locations += system.locations.filter { !known.locations.contains($0) }
        known.name = merged(known.name, system.name, system.id, "name", row, .systemName)
        known.owner = merged(known.owner, system.owner, system.id, "owner", row, .systemOwner)
        known.status = merged(known.status, system.status, system.id, "status", row, .systemStatus)
        systems[position] = known
    }

    private func merged<T: Equatable>(
        _ known: T?, _ new: T?, _ id: String, _ what: String, _ row: ICORow, _ column: ICOColumn
    ) -> T? {
        if let known, let new, known != new { conflict(id, what, row, column) }
        return known ?? new
    }

    private func conflict(_ id: String, _ what: String, _ row: ICORow, _ column: ICOColumn) {
        let earlier = firstRow[id].map { " on row \($0)" } ?? " on an earlier row"
        row.diagnostics.error(row.error(column, "system '\(id)' has a different \(what)\(earlier)"))
    }
}

/// Lowercase ASCII identifiers from free text: `HR system` → `hr-system`.
enum Slug {
    static func make(_ text: String) -> String {
        var slug = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII && (("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty && slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.last == "-" { slug.removeLast() }
        return slug.isEmpty ? "item" : slug
    }
}
