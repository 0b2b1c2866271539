/// Writes a RoPA as the spreadsheet privacy teams keep: one row per activity, the ICO controller template's
/// columns with its readable wording (`Contract (Art. 6(1)(b))`, `Email address`), then piiscan's (`ICOColumn`).
/// Lists are one value per line inside a cell; the location cell names each system of the activity with its
/// locations (`crm: postgres://crm-db/crm; exports/crm/**`), and the system columns give, line by line, each
/// system's name, owner, status and PIMS scope. Systems no activity names get a row of their own with only the
/// system columns filled, so `RoPACSVImporter` gives back the same document.
public struct RoPACSVExporter {
    let systems: [String: RoPASystem]
    let scope: RoPAScope?
    let labels: ICOLabels

    public init(document: RoPADocument, taxonomy: Taxonomy) {
        systems = Dictionary(document.systems.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        scope = document.scope
        labels = ICOLabels(taxonomy: taxonomy)
    }

    public static func csv(_ document: RoPADocument, taxonomy: Taxonomy) -> String {
        let exporter = RoPACSVExporter(document: document, taxonomy: taxonomy)
        let rows = document.activities.map { activity in ICOColumn.allCases.map { exporter.cell($0, activity) } }
        let used = Set(document.activities.flatMap(\.systems))
        let systemRows = document.systems.filter { !used.contains($0.id) }.map { system in
            ICOColumn.allCases.map { column in
                column.describesSystems ? exporter.cell(column, RoPAActivity(id: "", systems: [system.id])) : ""
            }
        }
        return CSVTable.write([ICOColumn.allCases.map(\.header)] + rows + systemRows)
    }

    /// The text of one cell of `activity`'s row.
    func cell(_ column: ICOColumn, _ activity: RoPAActivity) -> String {
        let systems = activity.systems.map { self.systems[$0] ?? RoPASystem(id: $0) }
        return switch column {
        case .businessFunction: activity.businessFunction ?? ""
        case .purposes: lines(activity.purposes)
        case .jointController: activity.jointController ?? ""
        case .dataSubjects: lines(activity.dataSubjects)
        case .dataCategories: lines(activity.dataCategories.map(labels.category))
        case .recipients: lines(activity.recipients)
        case .processorContract: activity.processorContract ?? ""
        case .transferCountries: lines(activity.transfers.map(\.country))
        case .transferSafeguards: alignedLines(activity.transfers.map { $0.safeguard ?? "" })
        case .retention: activity.retention?.text ?? ""
        case .securityMeasures: lines(activity.securityMeasures)
        case .legalBasis: activity.legalBasis.map(ICOLabels.legalBasis) ?? ""
        case .specialCategoryCondition: activity.specialCategoryCondition.map(ICOLabels.specialCategoryCondition) ?? ""
        case .location: lines(systems.map(Self.location))
        case .dpia: activity.dpia.map(ICOLabels.dpia) ?? ""
        case .role: activity.role.map { ICOLabels.capitalized($0.rawValue) } ?? ""
        case .id: activity.id
        case .name: activity.name ?? ""
        case .owner: activity.owner ?? ""
        case .status: activity.status.map { ICOLabels.capitalized($0.rawValue) } ?? ""
        case .systemName: alignedLines(systems.map { $0.name ?? "" })
        case .systemOwner: alignedLines(systems.map { $0.owner ?? "" })
        case .systemStatus: alignedLines(systems.map { $0.status.map { ICOLabels.capitalized($0.rawValue) } ?? "" })
        case .systemScope: alignedLines(systems.map { ICOLabels.scope(scope, system: $0.id) })
        }
    }

    /// `id` or `id: location; location`, a store's table globs in brackets.
    static func location(_ system: RoPASystem) -> String {
        let locations = system.locations.map { location in
            switch location {
            case .path(let glob): glob
            case .store(let locator, let tables) where tables.isEmpty: locator
            case .store(let locator, let tables): "\(locator) [\(tables.joined(separator: ", "))]"
            }
        }
        return locations.isEmpty ? system.id : "\(system.id): \(locations.joined(separator: "; "))"
    }

    private func lines(_ values: [String]) -> String {
        values.joined(separator: "\n")
    }

    /// Values that line up with another cell's lines (an empty line for none); empty when every value is.
    private func alignedLines(_ values: [String]) -> String {
        values.allSatisfy(\.isEmpty) ? "" : values.joined(separator: "\n")
    }
}
