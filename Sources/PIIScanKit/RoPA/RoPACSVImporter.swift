/// Reads the ICO-template spreadsheet (CSV, one activity per row) into a `RoPADocument`. Errors name the file,
/// the spreadsheet row (as `line`), the column number and its header. Organisation, scope and system names and
/// owners are not part of the sheet; systems come from the location column.
public struct RoPACSVImporter {
    public var fileName: String
    public var taxonomy: Taxonomy

    public init(fileName: String, taxonomy: Taxonomy) {
        self.fileName = fileName
        self.taxonomy = taxonomy
    }

    public func document(fromCSV text: String, organization: String) throws(ConfigFileError) -> RoPADocument {
        let records: [CSVTable.Record]
        do {
            records = try CSVTable.parse(text)
        } catch {
            throw ConfigFileError(file: fileName, line: error.line, message: "CSV: \(error.message)")
        }
        guard let header = records.first else { throw ConfigFileError(file: fileName, message: "the file is empty") }
        let columns = try columnIndexes(header.fields)
        var document = RoPADocument(organization: organization)
        var systemIndex: [String: Int] = [:]
        for (offset, record) in records.dropFirst().enumerated() {
            let row = ICORow(fileName: fileName, number: offset + 2, fields: record.fields, columns: columns)
            var activity = try row.activity(taxonomy: taxonomy)
            if !activity.id.isEmpty && document.activities.contains(where: { $0.id == activity.id }) {
                throw row.error(.id, "duplicate activity id '\(activity.id)'")
            }
            let systems = try row.systems()
            activity.systems = systems.map(\.id)
            for system in systems {
                if let index = systemIndex[system.id] {
                    let known = document.systems[index].locations
                    document.systems[index].locations += system.locations.filter { !known.contains($0) }
                } else {
                    systemIndex[system.id] = document.systems.count
                    document.systems.append(system)
                }
            }
            document.activities.append(activity)
        }
        assignMissingIDs(&document)
        return document
    }

    /// Which field of a record holds each column; unknown or repeated headers are errors.
    private func columnIndexes(_ headers: [String]) throws(ConfigFileError) -> [ICOColumn: Int] {
        var columns: [ICOColumn: Int] = [:]
        for (index, header) in headers.enumerated() {
            if header.allSatisfy(\.isWhitespace) { continue }
            guard let column = ICOColumn.matching(header: header) else {
                throw ConfigFileError(
                    file: fileName, line: 1, column: index + 1, field: header,
                    message: "not a column of the ICO controller template (see docs/ropa.md)")
            }
            if let earlier = columns[column] {
                throw ConfigFileError(
                    file: fileName, line: 1, column: index + 1, field: header,
                    message: "the same column as column \(earlier + 1)")
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
