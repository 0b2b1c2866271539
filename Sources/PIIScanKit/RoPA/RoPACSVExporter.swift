/// Writes a RoPA as the spreadsheet privacy teams keep: one row per activity, the ICO controller template's
/// columns then piiscan's (`ICOColumn`). Lists are one value per line inside a cell; the location cell names
/// each system of the activity with its locations (`crm: postgres://crm-db/crm; exports/crm/**`).
public enum RoPACSVExporter {
    public static func csv(_ document: RoPADocument) -> String {
        let systems = Dictionary(document.systems.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let rows = document.activities.map { activity in
            ICOColumn.allCases.map { cell($0, activity, systems: systems) }
        }
        return CSVTable.write([ICOColumn.allCases.map(\.header)] + rows)
    }

    static func cell(_ column: ICOColumn, _ activity: RoPAActivity, systems: [String: RoPASystem]) -> String {
        switch column {
        case .businessFunction: activity.businessFunction ?? ""
        case .purposes: lines(activity.purposes)
        case .jointController: activity.jointController ?? ""
        case .dataSubjects: lines(activity.dataSubjects)
        case .dataCategories: lines(activity.dataCategories)
        case .recipients: lines(activity.recipients)
        case .processorContract: activity.processorContract ?? ""
        case .transferCountries: lines(activity.transfers.map(\.country))
        case .transferSafeguards:
            activity.transfers.allSatisfy { $0.safeguard == nil }
                ? "" : activity.transfers.map { $0.safeguard ?? "" }.joined(separator: "\n")
        case .retention: activity.retention?.text ?? ""
        case .securityMeasures: lines(activity.securityMeasures)
        case .legalBasis: activity.legalBasis?.rawValue ?? ""
        case .specialCategoryCondition: activity.specialCategoryCondition ?? ""
        case .location: lines(activity.systems.map { location(systems[$0] ?? RoPASystem(id: $0)) })
        case .dpia: activity.dpia?.rawValue ?? ""
        case .role: activity.role?.rawValue ?? ""
        case .id: activity.id
        case .name: activity.name ?? ""
        case .owner: activity.owner ?? ""
        case .status: activity.status?.rawValue ?? ""
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

    private static func lines(_ values: [String]) -> String {
        values.joined(separator: "\n")
    }
}
