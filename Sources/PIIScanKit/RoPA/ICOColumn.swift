/// The columns of the UK ICO controller RoPA template, in its order, then piiscan's own columns that make a
/// round trip exact: the activity's id, name, owner and status, and, one line per system of the location cell,
/// each system's name, owner, status and PIMS scope. Headers match case-insensitively, ignoring text in
/// parentheses, by the longest alias the header starts with.
public enum ICOColumn: String, CaseIterable, Sendable {
    case businessFunction, purposes, jointController, dataSubjects, dataCategories, recipients, processorContract
    case transferCountries, transferSafeguards, retention, securityMeasures, legalBasis, specialCategoryCondition
    case location, dpia, role
    case id, name, owner, status
    case systemName, systemOwner, systemStatus, systemScope

    /// The columns that describe the systems of the location cell, line by line, rather than the activity.
    public var describesSystems: Bool {
        switch self {
        case .location, .systemName, .systemOwner, .systemStatus, .systemScope: true
        default: false
        }
    }

    /// The header `piiscan ropa export` writes.
    public var header: String {
        switch self {
        case .businessFunction: "Business function"
        case .purposes: "Purpose of processing"
        case .jointController: "Name and contact details of joint controller (if applicable)"
        case .dataSubjects: "Categories of individuals"
        case .dataCategories: "Categories of personal data"
        case .recipients: "Categories of recipients"
        case .processorContract: "Link to contract with processor"
        case .transferCountries:
            "Names of third countries or international organisations that personal data are transferred to "
                + "(if applicable)"
        case .transferSafeguards:
            "Safeguards for exceptional transfers of personal data to third countries or international organisations "
                + "(if applicable)"
        case .retention: "Retention schedule (if possible)"
        case .securityMeasures: "General description of technical and organisational security measures (if possible)"
        case .legalBasis: "Article 6 lawful basis for processing personal data"
        case .specialCategoryCondition: "Article 9 basis for processing special category data"
        case .location: "Location of personal data"
        case .dpia: "DPIA required/progress"
        case .role: "Role (controller or processor)"
        case .id: "Activity ID"
        case .name: "Activity name"
        case .owner: "Owner"
        case .status: "Status"
        case .systemName: "System name"
        case .systemOwner: "System owner"
        case .systemStatus: "System status"
        case .systemScope: "PIMS scope"
        }
    }

    /// Lowercased beginnings a header of this column may have.
    private var aliases: [String] {
        switch self {
        case .businessFunction: ["business function"]
        case .purposes: ["purposes", "purpose"]
        case .jointController: ["name and contact details of joint controller", "joint controller"]
        case .dataSubjects: ["categories of individuals", "categories of data subjects", "data subjects"]
        case .dataCategories: ["categories of personal data", "data categories", "personal data categories"]
        case .recipients: ["categories of recipients", "recipients"]
        case .processorContract: ["link to contract", "contract with processor"]
        case .transferCountries: ["names of third countries", "third countries", "transfers"]
        case .transferSafeguards: ["safeguards"]
        case .retention: ["retention"]
        case .securityMeasures: ["general description of technical", "technical and organisational", "security"]
        case .legalBasis: ["article 6", "lawful basis", "legal basis"]
        case .specialCategoryCondition: ["article 9", "special category"]
        case .location: ["location of personal data", "location"]
        case .dpia: ["dpia", "data protection impact assessment"]
        case .role: ["role"]
        case .id: ["activity id", "id"]
        case .name: ["activity name", "name"]
        case .owner: ["owner"]
        case .status: ["status"]
        case .systemName: ["system name", "system names"]
        case .systemOwner: ["system owner", "system owners"]
        case .systemStatus: ["system status"]
        case .systemScope: ["pims scope", "scope"]
        }
    }

    /// The column a header names, or nil.
    public static func matching(header: String) -> ICOColumn? {
        var text = ""
        var depth = 0
        for character in header.lowercased() {
            if character == "(" {
                depth += 1
            } else if character == ")" {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                text.append(character)
            }
        }
        let normalized = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        var best: (column: ICOColumn, length: Int)?
        for column in allCases {
            for alias in column.aliases where normalized.hasPrefix(alias) && alias.count > (best?.length ?? 0) {
                if alias.count == normalized.count || normalized.dropFirst(alias.count).first?.isLetter == false {
                    best = (column, alias.count)
                }
            }
        }
        return best?.column
    }
}
