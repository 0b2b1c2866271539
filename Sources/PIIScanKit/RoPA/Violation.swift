/// A place where the scan's reality and the declared RoPA disagree, with what it takes to fix the record.
///
/// Evidence is masked samples and locations only: a violation never carries a raw value.
public struct Violation: Sendable, Hashable {
    public var kind: ViolationKind
    public var severity: Severity
    /// The declared system id; nil for a shadow store.
    public var system: String?
    /// Who to tell: the system's owner, else the owner of its first activity; nil when nobody is named.
    public var owner: String?
    /// The taxonomy key concerned.
    public var category: String?
    /// Where the evidence is (files and columns), sorted, at most `Violation.maxLocations`.
    public var locations: [ViolationLocation]
    /// How many findings (or, for `retention_exceeded`, files) the violation stands for.
    public var count: Int
    /// Masked evidence, at most `Violation.maxSamples`.
    public var samples: [String]
    /// One sentence saying what is wrong, for text and Markdown reports.
    public var detail: String
    /// The YAML that would make the RoPA agree (or, for retention, what to review).
    public var suggestion: String
    /// The owner's triage decision that holds for it, when reports are made with one (`TriageBook.apply`).
    public var triage: TriageMark?

    /// Locations kept per violation; `count` still counts them all.
    public static let maxLocations = 20
    /// Masked samples kept per violation.
    public static let maxSamples = 3

    public init(
        kind: ViolationKind, severity: Severity, system: String?, owner: String?, category: String?,
        locations: [ViolationLocation], count: Int, samples: [String], detail: String, suggestion: String
    ) {
        self.kind = kind
        self.severity = severity
        self.system = system
        self.owner = owner
        self.category = category
        self.locations = locations
        self.count = count
        self.samples = samples
        self.detail = detail
        self.suggestion = suggestion
    }
}

/// The kinds of violation (DESIGN §3.5), in the order reports list them: disagreements between the scan and the
/// RoPA, then gaps in the RoPA itself (`RoPAGaps`).
public enum ViolationKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case shadowStore = "shadow_store"
    case specialCategoryWithoutDPIA = "special_category_without_dpia"
    case undeclaredCategory = "undeclared_category"
    case outOfScope = "out_of_scope"
    case retentionExceeded = "retention_exceeded"
    case unsupportedDeclaration = "unsupported_declaration"
    case specialCategoryWithoutCondition = "special_category_without_condition"
    case incompleteDeclaration = "incomplete_declaration"
    case transferWithoutSafeguard = "transfer_without_safeguard"
    case unusedSystem = "unused_system"

    public static func < (lhs: ViolationKind, rhs: ViolationKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Where a violation's evidence is: a file (path as findings show it) or a database column.
public enum ViolationLocation: Sendable, Hashable, Comparable {
    case file(path: String)
    case column(store: String, schema: String, table: String, column: String)
    /// A whole store or path glob, for declarations that were never found.
    case declared(String)

    /// `exports/customers.csv`, `sqlite:app.db main.users.email`.
    public var description: String {
        switch self {
        case .file(let path): path
        case .column(let store, let schema, let table, let column): "\(store) \(schema).\(table).\(column)"
        case .declared(let location): location
        }
    }

    public static func < (lhs: ViolationLocation, rhs: ViolationLocation) -> Bool {
        lhs.description < rhs.description
    }
}
